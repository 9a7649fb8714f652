// Snippets: the passage of an article around the matched words, as plain text with the
// matches' offsets. Xapian's MSet::snippet picks the passage (stemmed variants count); its
// HTML-escaped, marked-up output is turned into text and offsets here and nowhere else.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>

#include "results.h"

namespace dateline {

// A snippet's length in bytes: about two lines of a terminal, a short paragraph on the page.
inline constexpr std::size_t snippet_bytes = 280;

// About `length` bytes of `text` around the query's matches (its opening when nothing matches).
// `background_model`: words of the text the query lacks weigh by their rarity in the archive,
// one term-frequency lookup each; off for remote shards, where each lookup is a network round
// trip (bench/scale/shards.sh: it doubled the p50 of a search over three shards on loopback).
Snippet make_snippet(const Xapian::MSet& mset, const std::string& text, const Xapian::Stem& stemmer,
                     std::size_t length = snippet_bytes, bool background_model = true);

// The whole of `title` with the words `query` matches marked: a word the query has unstemmed
// (a phrase's) or stemmed (Z), bare or in the title field (S, `title:opec`). Xapian's snippets
// mark unprefixed terms only, so a title: match would go unmarked.
Snippet mark_title(const Xapian::Query& query, const std::string& title,
                   const Xapian::Stem& stemmer);

// The opening of `text`, about `length` bytes cut at a word boundary: what a hit shows when
// there are no query words to centre on (browsing a place or a month).
Snippet lead_snippet(const std::string& text, std::size_t length = snippet_bytes);

namespace detail {

// Xapian's snippet markup back to text and offsets: `marked` is HTML-escaped text (& < > as
// entities) with each match between "<b>" and "</b>". An escaped text holds no raw '<', so
// the marks cannot be confused with anything the article says, whatever bytes it contains.
Snippet snippet_from_markup(std::string_view marked);

}  // namespace detail

}  // namespace dateline
