// The index schema: every term prefix, value slot and metadata key dateline writes or reads.
// The DocumentBuilder is the only writer of these; the searcher reads them from here too.
//
// | prefix | meaning                        | example term          | kind     |
// |--------|--------------------------------|-----------------------|----------|
// | (none) | title and body words           | cocoa, Zcocoa         | free     |
// | S      | title words                    | Sbahia, ZSbahia       | free     |
// | A      | byline words                   | Aahmed                | free     |
// | Q      | unique article id              | Qreuters21578:1       | boolean  |
// | XP     | place id (any role), with its  | XPmiami-us, XPus      | boolean  |
// |        | region and country             |                       |          |
// | XPD    | place id of the dateline       | XPDmiami-us           | boolean  |
// | XC     | country (ISO 3166 alpha-2, lc) | XCua                  | boolean  |
// | XF     | canonical path of source file  | XF/srv/news/a.sgm     | boolean  |
// | XS     | source / publisher (slug)      | XSreuters             | boolean  |
// | K      | topic (slug)                   | Kcocoa                | boolean  |
// | L      | language (ISO 639-1)           | Len                   | boolean  |
// | Y      | year of the date               | Y1987                 | boolean  |
// | M      | month of the date              | M198703               | boolean  |
// | D      | day of the date                | D19870326             | boolean  |
// | XU     | date unknown                   | XU                    | boolean  |
//
// | slot | content                                              | used for               |
// |------|------------------------------------------------------|------------------------|
// | 0    | YYYYMMDD (UTC)                                       | date ranges (values)   |
// | 1    | sortable_serialise(unix seconds)                     | sort by date, recency  |
// | 2    | (unused since schema 2; was YYYYMM)                  | —                      |
// | 3    | one line per place: id '\t' display name '\n'        | place facets           |
// | 4    | one line per country: code '\t' display name '\n'    | country facets         |
// | 5    | similarity key: hash of the lead's first 40 words,   | collapsing wire copies |
// |      | digits left out (empty for very short texts)         |                        |
//
// | metadata key              | value                                            |
// |---------------------------|--------------------------------------------------|
// | dateline.schema           | schema version                                   |
// | dateline.file.<path>      | JSON: path, size, mtime_ns, hash (FNV-1a 64) of  |
// |                           | a source file and of its sidecar, as last indexed|
// | dateline.alias.<name>     | place ids a name means, space-separated          |
// |                           | (`place:kiev` -> "kyiv-ua"); <name> is slug(name)|
//
// Document data: a JSON object (see document_data.h) holding what a hit displays.
#pragma once

#include <string_view>

namespace dateline::schema {

// Bump when a term, slot or the document data changes incompatibly; the searcher refuses a
// database whose version differs. 3: Z stems are folded to be diacritic-insensitive.
inline constexpr std::string_view version = "3";
inline constexpr std::string_view version_key = "dateline.schema";
inline constexpr std::string_view alias_key_prefix = "dateline.alias.";
inline constexpr std::string_view file_key_prefix = "dateline.file.";

namespace prefix {
inline constexpr std::string_view title = "S";
inline constexpr std::string_view author = "A";
inline constexpr std::string_view id = "Q";
inline constexpr std::string_view place = "XP";
inline constexpr std::string_view dateline_place = "XPD";
inline constexpr std::string_view country = "XC";
inline constexpr std::string_view source_file = "XF";
inline constexpr std::string_view source = "XS";
inline constexpr std::string_view topic = "K";
inline constexpr std::string_view language = "L";
inline constexpr std::string_view year = "Y";
inline constexpr std::string_view month = "M";
inline constexpr std::string_view day = "D";
inline constexpr std::string_view date_unknown = "XU";
}  // namespace prefix

namespace slot {
inline constexpr unsigned day = 0;
inline constexpr unsigned timestamp = 1;
inline constexpr unsigned places = 3;
inline constexpr unsigned countries = 4;
inline constexpr unsigned similarity = 5;
}  // namespace slot

// A stemmed word of the text ("Zcocoa"), as the QueryParser searches a typed word: not a
// fielded stem ("ZScocoa") nor a prefixed term.
inline bool is_word_stem(std::string_view term) {
  return term.size() >= 2 && term[0] == 'Z' && !(term[1] >= 'A' && term[1] <= 'Z');
}

// Title words count this many times a body word.
inline constexpr unsigned title_wdf = 3;

// Xapian refuses terms longer than 245 bytes; boolean terms longer than this are hashed.
inline constexpr std::size_t max_term_bytes = 240;

}  // namespace dateline::schema
