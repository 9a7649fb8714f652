#include "interchange_json.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "dates.h"
#include "document_data.h"

namespace dateline {

namespace {

// format_iso8601() but for minutes, which it writes with ":00" seconds (read back as seconds).
std::string date_text(const ArticleDate& d) {
  if (d.precision != DatePrecision::minute) return format_iso8601(d.unix_seconds, d.precision);
  const std::string full = format_iso8601(d.unix_seconds, DatePrecision::second);
  return full.substr(0, full.size() - 4) + "Z";  // "2025-12-05T14:03:00Z" -> "...T14:03Z"
}

}  // namespace

std::string interchange_json(const AnalysedArticle& analysed) {
  const Article& a = analysed.article;
  nlohmann::ordered_json j;
  const auto put = [&j](const char* name, const std::string& value) {
    if (!value.empty()) j[name] = value;
  };
  put("id", a.id);
  put("title", a.title);
  if (a.date) {
    j["date"] = date_text(*a.date);
    if (a.date->source != DateSource::metadata)
      j["date_source"] = std::string(date_source_name(a.date->source));
  }
  put("dateline", a.dateline);
  std::vector<std::string> places;
  for (const auto& p : a.places) {
    if (p.role == PlaceRole::dateline) {
      put("dateline_place", p.text);
    } else if (p.role == PlaceRole::tag) {
      places.push_back(p.text);
    }
  }
  if (!places.empty()) j["places"] = places;
  put("source", a.source);
  put("byline", a.byline);
  put("url", a.url);
  put("language", analysed.language);
  if (!a.topics.empty()) j["topics"] = a.topics;
  put("body", a.body);
  put("origin", fmt::format("{}:{}", a.origin, a.line));
  // Invalid UTF-8 cannot reach here (the readers repair it), but a dump must never throw.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace dateline
