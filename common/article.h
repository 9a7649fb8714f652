// Article: what every reader produces and the DocumentBuilder consumes. Plain data, no Xapian.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dateline {

// Where a publication date came from, most trusted first. `crawl` is when a web crawler fetched
// the page (a WARC record's date): the story was out by then, but not necessarily published then.
enum class DateSource { metadata, dateline, text, crawl, file_time };

// How much of the date is known: a month-precision date is stored as the month's first day.
enum class DatePrecision { year, month, day, minute, second };

struct ArticleDate {
  std::int64_t unix_seconds = 0;  // UTC
  DatePrecision precision = DatePrecision::day;
  DateSource source = DateSource::metadata;
};

// How a place is attached to an article, most trusted first.
enum class PlaceRole { tag, dateline, mention };

// A place as the source wrote it, before the gazetteer resolves it.
struct PlaceName {
  std::string text;  // "el-salvador", "MIAMI", "KYIV, Ukraine"
  PlaceRole role = PlaceRole::tag;
};

struct Article {
  std::string id;  // stable within the database: re-indexing the same id replaces
  std::string title;
  std::string body;  // paragraphs separated by blank lines
  std::optional<ArticleDate> date;
  std::string dateline;  // "MIAMI", "SALVADOR"
  std::vector<PlaceName> places;
  std::vector<std::string> topics;
  std::string source;  // publisher or wire
  std::string byline;
  std::string url;
  std::string language;     // ISO 639-1; empty means the indexer's default
  std::string format;       // reader that produced it: "text", "jsonl", "reuters", "rfc822"
  std::string origin;       // file it came from
  std::string source_path;  // that file's canonical path: the incremental bookkeeping's key
  std::size_t line = 0;     // first line of the record in that file (1-based)
  // When a crawler fetched the page (WARC-Date), unix seconds: evidence for a date the page
  // does not give, never a publication date of its own (date_evidence.h).
  std::optional<std::int64_t> crawled;
};

}  // namespace dateline
