// Text helpers shared by readers, the document builder and the renderers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

// True when `s` is well-formed UTF-8.
bool is_valid_utf8(std::string_view s);

// Length of the well-formed UTF-8 sequence starting at s[i], or 0 if there is none.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);

// Offset of the first byte that is not part of well-formed UTF-8, or npos.
std::size_t first_invalid_utf8(std::string_view s);

// Returns `s` with every byte that is not part of a well-formed UTF-8 sequence read as
// Latin-1 (the stray 0xFC in Reuters is a Latin-1 'ü'). Valid input comes back unchanged.
std::string repair_utf8(std::string_view s);

std::string_view trim(std::string_view s);

// Collapses every run of whitespace (including newlines) to one space and trims.
std::string squeeze_spaces(std::string_view s);

// Lower-cases (Unicode-aware) and joins words with '-': "El Salvador" -> "el-salvador".
// The form every boolean filter term is stored and queried in.
std::string slug(std::string_view s);

// "SALVADOR" -> "Salvador", "el-salvador" -> "El Salvador": a name as a reader would write it.
std::string display_name(std::string_view s);

// `prefix + value`, hashed down to schema::max_term_bytes when it would be too long for Xapian.
std::string make_term(std::string_view prefix, std::string_view value);

std::vector<std::string_view> split_lines(std::string_view s);

bool starts_with_ci(std::string_view s, std::string_view prefix);

// ASCII-only lower-casing: A-Z become a-z, every other byte (UTF-8 included) is kept. For
// keys of ASCII vocabularies (header names, codes, gazetteer keys); slug() is the
// Unicode-aware one for names.
inline char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}
std::string ascii_lower(std::string_view s);

// FNV-1a, 64 bits: stable across runs, builds and platforms, unlike std::hash, so it may be
// stored in the database (file hashes, similarity keys, hashed long terms).
// `h`: the hash of what came before `s`, to hash a file piece by piece (the same value as
// hashing it whole).
inline constexpr std::uint64_t fnv1a64_basis = 0xcbf29ce484222325ULL;
std::uint64_t fnv1a64(std::string_view s, std::uint64_t h = fnv1a64_basis);

}  // namespace dateline
