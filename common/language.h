// Languages: ISO 639-1 codes to Snowball stemmers. Xapian bundles most Snowball stemmers;
// libstemmer supplies the ones Xapian 1.4 lacks (Greek, Hindi, Serbian, Yiddish).
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <string_view>

namespace dateline {

// A stemmer for an ISO 639-1 code ("en") or a Snowball name ("english"), whose stems are
// folded to be diacritic-insensitive (fold.h); nullopt when we have none, in which case the
// caller indexes unstemmed.
std::optional<Xapian::Stem> make_stemmer(std::string_view language);

// "en" for "en", "EN", "english"; empty when unknown.
std::string language_code(std::string_view language);

}  // namespace dateline
