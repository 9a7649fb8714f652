// Sidecars: `story.txt.json` beside `story.txt`, one JSON object with interchange-format fields
// (README) for what a scraper knew and the article's text does not say: its date, source, url,
// byline, places, topics, language, dateline, headline. Read with the article, never indexed as
// one.
//
//   {"date": "2025-12-05T14:03:00Z", "source": "Axadle Times", "places": ["Miami"]}
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "article.h"
#include "readers/reader.h"

namespace dateline {

struct Sidecar {
  std::optional<ArticleDate> date;  // DateSource::metadata
  std::optional<std::string> title;
  std::optional<std::string> dateline;
  std::optional<std::string> source;
  std::optional<std::string> byline;
  std::optional<std::string> url;
  std::optional<std::string> language;
  std::vector<std::string> places;
  std::vector<std::string> topics;
};

// The file a sidecar would belong to: "news/story.txt.json" -> "news/story.txt"; nullopt for
// a path not ending in ".json". It is a sidecar only when that file exists (the pipeline looks).
std::optional<std::string> sidecar_subject(std::string_view path);

// A sidecar's content. Problems carry the sidecar's line numbers and are all warnings: a field
// of the wrong type or a date that does not parse is ignored, the rest is used; content that is
// not one JSON object gives nullopt (the article is indexed as if there were no sidecar).
// Empty and null fields count as absent; unknown fields (`id`, `body`) are ignored, since the
// article's identity and text are its file's.
std::optional<Sidecar> parse_sidecar(std::string_view content, std::vector<Problem>& problems);

// The sidecar's fields replace what the reader found (its date as metadata, which outranks
// everything else); its places (as the source's tags) and topics are added to the reader's.
void apply_sidecar(Article& a, const Sidecar& sidecar);

}  // namespace dateline
