// Diacritic folding: "São" and "Sao", "Zürich" and "Zurich", "Ёлка" and "Елка" are one word to
// a reader who types without accents. Canonical decomposition (ICU's NFD), non-spacing marks
// dropped, recomposed (NFC): the fold ICU's and Snowball's accent-insensitive setups use.
// Letters that are not a base letter plus a mark (ß, ø, æ, ł) are kept as they are.
#pragma once

#include <string>
#include <string_view>

namespace dateline {

// `word` without its diacritics; ASCII comes back unchanged, at no cost.
std::string fold_diacritics(std::string_view word);

}  // namespace dateline
