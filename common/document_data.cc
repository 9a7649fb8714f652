#include "document_data.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace dateline {

namespace {

constexpr DateSource date_sources[] = {DateSource::metadata, DateSource::dateline, DateSource::text,
                                       DateSource::crawl, DateSource::file_time};
constexpr DatePrecision precisions[] = {DatePrecision::year, DatePrecision::month,
                                        DatePrecision::day, DatePrecision::minute,
                                        DatePrecision::second};
constexpr PlaceRole roles[] = {PlaceRole::tag, PlaceRole::dateline, PlaceRole::mention};

template <class Enum, std::size_t N, class NameOf>
Enum enum_from_name(const Enum (&all)[N], NameOf name_of, const std::string& name) {
  for (Enum e : all)
    if (name_of(e) == name) return e;
  throw std::runtime_error("unknown name in document data: " + name);
}

}  // namespace

std::string_view date_source_name(DateSource source) {
  switch (source) {
    case DateSource::metadata:
      return "metadata";
    case DateSource::dateline:
      return "dateline";
    case DateSource::text:
      return "text";
    case DateSource::crawl:
      return "crawl";
    case DateSource::file_time:
      return "file_time";
  }
  return "metadata";
}

std::optional<DateSource> date_source_from_name(std::string_view name) {
  for (DateSource s : date_sources)
    if (date_source_name(s) == name) return s;
  return std::nullopt;
}

std::string_view precision_name(DatePrecision precision) {
  switch (precision) {
    case DatePrecision::year:
      return "year";
    case DatePrecision::month:
      return "month";
    case DatePrecision::day:
      return "day";
    case DatePrecision::minute:
      return "minute";
    case DatePrecision::second:
      return "second";
  }
  return "day";
}

std::string serialise_document_data(const StoredDocument& doc) {
  nlohmann::json j;
  j["id"] = doc.id;
  j["title"] = doc.title;
  j["text"] = doc.text;
  if (doc.date) {
    j["date"] = {{"unix", doc.date->unix_seconds},
                 {"precision", precision_name(doc.date->precision)},
                 {"source", date_source_name(doc.date->source)}};
  }
  auto places = nlohmann::json::array();
  for (const auto& p : doc.places) {
    places.push_back({{"id", p.id},
                      {"name", p.name},
                      {"country", p.country},
                      {"role", role_name(p.role)},
                      {"kind", p.kind},
                      {"region", p.region},
                      {"region_name", p.region_name},
                      {"country_name", p.country_name}});
  }
  j["places"] = std::move(places);
  j["topics"] = doc.topics;
  j["source"] = doc.source;
  j["byline"] = doc.byline;
  j["url"] = doc.url;
  j["language"] = doc.language;
  j["origin"] = doc.origin;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

StoredDocument parse_document_data(const std::string& data) {
  StoredDocument doc;
  try {
    const auto j = nlohmann::json::parse(data);
    doc.id = j.at("id").get<std::string>();
    doc.title = j.value("title", "");
    doc.text = j.value("text", "");
    if (j.contains("date")) {
      const auto& d = j["date"];
      doc.date = ArticleDate{
          d.at("unix").get<std::int64_t>(),
          enum_from_name(precisions, precision_name, d.at("precision").get<std::string>()),
          enum_from_name(date_sources, date_source_name, d.at("source").get<std::string>())};
    }
    for (const auto& p : j.value("places", nlohmann::json::array())) {
      doc.places.push_back({.id = p.value("id", ""),
                            .name = p.value("name", ""),
                            .country = p.value("country", ""),
                            .role = enum_from_name(roles, role_name, p.value("role", "tag")),
                            .kind = p.value("kind", "place"),
                            .region = p.value("region", ""),
                            .region_name = p.value("region_name", ""),
                            .country_name = p.value("country_name", "")});
    }
    doc.topics = j.value("topics", std::vector<std::string>{});
    doc.source = j.value("source", "");
    doc.byline = j.value("byline", "");
    doc.url = j.value("url", "");
    doc.language = j.value("language", "");
    doc.origin = j.value("origin", "");
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(std::string("document data is not dateline's: ") + e.what());
  }
  return doc;
}

}  // namespace dateline
