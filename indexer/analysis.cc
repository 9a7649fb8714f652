#include "analysis.h"

#include <set>

#include "date_evidence.h"
#include "dates.h"
#include "language.h"
#include "similarity_key.h"
#include "text.h"

namespace dateline {

std::vector<PlaceAliases> place_aliases(const std::vector<Place>& places,
                                        const PlaceResolver& resolver) {
  std::vector<PlaceAliases> out;
  std::set<std::string> done;
  auto record = [&](const Place& p) {
    if (p.id.empty() || !done.insert(p.id).second) return;
    out.push_back({p.id, resolver.aliases(p)});
  };
  for (const auto& place : places) {
    record(place);
    if (!place.region.empty()) {
      Place region;
      region.id = place.region;
      region.name = place.region_name;
      record(region);
    }
    if (!place.country.empty()) {
      Place country;
      country.id = slug(place.country);
      country.name = place.country_name;
      record(country);
    }
  }
  return out;
}

AnalysedArticle settle_article(Article article, const ArticleEvidence& evidence) {
  AnalysedArticle out;
  if (evidence.sidecar != nullptr) apply_sidecar(article, *evidence.sidecar);
  const auto implausible = [](const std::optional<ArticleDate>& d) {
    return d && !plausible_instant(d->unix_seconds);
  };
  if (implausible(article.date)) {
    out.implausible_date = format_iso8601(article.date->unix_seconds, article.date->precision);
    article.date.reset();
  }
  // A reader's date that is a guess (an extract's "date_source") counts as one.
  if (article.date && article.date->source != DateSource::metadata) out.date_estimated = true;
  if (!article.date) {
    settle_date(article, DateEvidence{evidence.given, evidence.file_time, evidence.previous_date,
                                      article.crawled});
    out.date_estimated = true;
    // A file time of year 9999 (touch -d) is no evidence either.
    if (implausible(article.date)) article.date.reset();
  }
  if (article.source.empty()) article.source = evidence.default_source;
  out.language = language_code(article.language);
  if (out.language.empty()) out.language = language_code(evidence.default_language);
  out.article = std::move(article);
  return out;
}

void place_article(AnalysedArticle& analysed, const PlaceResolver& resolver) {
  const Article& article = analysed.article;
  analysed.similarity_key = similarity_key(article.body.empty() ? article.title : article.body);
  analysed.places = resolver.resolve(article);
  analysed.aliases = place_aliases(analysed.places, resolver);
}

AnalysedArticle analyse(Article article, const ArticleEvidence& evidence,
                        const PlaceResolver& resolver) {
  AnalysedArticle out = settle_article(std::move(article), evidence);
  place_article(out, resolver);
  return out;
}

}  // namespace dateline
