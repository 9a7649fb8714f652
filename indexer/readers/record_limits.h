// The largest record dateline reads: beyond these a record is rejected alone, with file:line,
// before it is parsed or analysed, so one enormous record can neither exhaust memory nor stall a
// nightly run. README.md ("Limits") tables them; real news is far inside every one.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "article.h"
#include "readers/reader.h"

namespace dateline::limits {

// A JSON Lines line, a Reuters <REUTERS> element, a text or Usenet file, a sidecar.
inline constexpr std::size_t max_record_bytes = 4 << 20;
// A feed or a NewsML-G2 message: XML is parsed whole, so such a file (or a bundle's member) is
// read whole up to this, and rejected unread beyond it.
inline constexpr std::size_t max_document_bytes = 64 << 20;
// An article's text: about 170,000 words (the longest story in the shared corpora is under
// 100 KB). Indexing costs some 40 bytes of memory per byte of text until the batch's commit.
inline constexpr std::size_t max_body_bytes = 1 << 20;
// A headline: real ones are under 300 bytes; beyond this it is text taken for a title.
inline constexpr std::size_t max_title_bytes = 2000;

// True when a record of `size` bytes fits max_record_bytes; else reports it rejected at `line`
// ("line of N bytes is over ...", `what` naming the record) before anything parses it.
bool within_record_limit(const char* what, std::size_t size, std::size_t line, ReaderOutput& out);

// True when a whole-document file of `size` bytes fits max_document_bytes; else reports it
// rejected at line 1 ("feed of N bytes is over ..."), `what` naming the format.
bool within_document_limit(std::string_view what, std::size_t size, ReaderOutput& out);

// Why `article` is over a limit (its title or body), or nullopt.
std::optional<std::string> article_over_limits(const Article& article);

// `out`, with an article over a limit rejected (article_over_limits) instead of passed on: what
// read_articles() gives every reader, for a reader called another way (a stream).
ReaderOutput rejecting_over_limits(ReaderOutput& out);

}  // namespace dateline::limits
