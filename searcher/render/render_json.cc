#include "render_json.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "dates.h"
#include "snippet_markup.h"

namespace dateline {

namespace {

using json = nlohmann::ordered_json;

// Scores to three decimals: more is noise to a reader and churn in a diff.
constexpr double score_scale = 1000.0;

json facet_list(const std::vector<FacetCount>& counts, bool with_label) {
  json list = json::array();
  for (const auto& c : counts) {
    json item{{"value", c.value}};
    if (with_label) item["name"] = c.label;
    item["count"] = c.count;
    list.push_back(std::move(item));
  }
  return list;
}

std::string_view granularity_name(DateGranularity g) {
  switch (g) {
    case DateGranularity::day:
      return "day";
    case DateGranularity::month:
      return "month";
    default:
      return "year";
  }
}

// The article's own fields, as a hit and the article page give them.
void add_document(json& h, const StoredDocument& doc) {
  h["id"] = doc.id;
  h["title"] = doc.title;
  if (doc.date) {
    h["date"] = format_iso8601(doc.date->unix_seconds, doc.date->precision);
    h["date_source"] = date_source_name(doc.date->source);
    h["date_precision"] = precision_name(doc.date->precision);
  } else {
    h["date"] = nullptr;
    h["date_source"] = nullptr;
    h["date_precision"] = nullptr;
  }
  json places = json::array();
  for (const auto& p : doc.places) {
    places.push_back({{"id", p.id},
                      {"name", p.name},
                      {"country", p.country},
                      {"role", role_name(p.role)},
                      {"kind", p.kind}});
  }
  h["places"] = std::move(places);
  h["source"] = doc.source;
  h["topics"] = doc.topics;
  h["byline"] = doc.byline;
  h["url"] = doc.url;
}

std::string dump(const json& out) {
  return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string render_article_json(const ArticleView& article) {
  json out;
  out["id"] = article.doc.id;
  out["title"] = article.doc.title;
  out["title_html"] = snippet_html(article.title);
  add_document(out, article.doc);
  out["language"] = article.doc.language;
  out["body"] = article.doc.text;
  out["body_html"] = snippet_html(article.body);
  json copies = json::array();
  for (const auto& copy : article.copies) {
    json c;
    add_document(c, copy);
    copies.push_back(std::move(c));
  }
  out["copies"] = std::move(copies);
  return dump(out);
}

std::string render_json(const Results& results, const SearchRequest& request) {
  json out;
  out["query"] = request.query;
  out["total"] = {{"estimate", results.estimate},       {"exact", results.exact()},
                  {"stories", results.stories},         {"stories_exact", results.stories_exact},
                  {"lower_bound", results.lower_bound}, {"upper_bound", results.upper_bound}};
  out["relaxed"] = results.relaxed;
  if (results.suggestion.empty()) {
    out["suggestion"] = nullptr;
  } else {
    out["suggestion"] = results.suggestion;
  }
  // Stems the first stories added to rank the matches (pseudo-relevance feedback); [] when
  // the query was ranked by its own words alone.
  out["expansion"] = results.expansion;
  // Shards of a stub file that did not answer (--allow-partial): the results are the others'.
  out["partial"] = results.partial();
  out["missing_shards"] = results.missing_shards;
  out["offset"] = request.offset;
  out["limit"] = request.limit;
  out["sort"] = request.sort == SortOrder::date ? "date" : "relevance";
  json hits = json::array();
  for (const auto& hit : results.hits) {
    json h;
    h["rank"] = hit.rank;
    h["id"] = hit.doc.id;  // the schema's order: id, title, title_html, then the document's
    h["title"] = hit.doc.title;
    h["title_html"] = snippet_html(marked_title(hit));
    add_document(h, hit.doc);
    h["similar"] = hit.similar;
    h["score"] = std::round(hit.score * score_scale) / score_scale;
    h["snippet"] = snippet_html(hit.snippet);
    hits.push_back(std::move(h));
  }
  out["hits"] = std::move(hits);
  if (results.facets) {
    const Facets& f = *results.facets;
    out["facets"] = {{"places", facet_list(f.places, true)},
                     {"countries", facet_list(f.countries, true)},
                     {"years", facet_list(f.years, false)},
                     {"months", facet_list(f.months, true)},
                     {"days", facet_list(f.days, true)},
                     {"date_granularity", granularity_name(f.date_granularity)},
                     {"undated", f.undated},
                     {"exact", f.exact},
                     {"sampled", f.sampled}};
  } else {
    out["facets"] = nullptr;
  }
  return dump(out);
}

}  // namespace dateline
