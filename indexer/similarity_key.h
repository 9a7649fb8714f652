// The similarity key: wire stories are republished and corrected all day; a later copy changes
// a figure or adds a paragraph, but keeps the lead. Articles sharing a key are collapsed into
// one hit (searcher.cc). Stored in the database: the key of a text must never change.
#pragma once

#include <string>
#include <string_view>

namespace dateline {

// The first 40 words of `lead` (ASCII letters lower-cased, digits left out, other bytes kept),
// hashed with FNV-1a 64 as 16 hex digits; empty when the lead has fewer than 8 words.
std::string similarity_key(std::string_view lead);

}  // namespace dateline
