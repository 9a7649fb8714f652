// The analysis stage: a pure function from one Article, and what its file says about it, to
// everything the DocumentBuilder and the writer need: the settled date and where it came from,
// the resolved places and every name they may be searched by, the language, the similarity key.
// No database, no shared mutable state, const access to the resolver only: one analysis may
// run per core while one thread writes (DESIGN.md, data flow).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "article.h"
#include "place.h"
#include "places/place_resolver.h"
#include "readers/sidecar.h"

namespace dateline {

// What the run knows about an article beyond what its reader found.
struct ArticleEvidence {
  std::optional<ArticleDate> given;           // --date: for every article without a metadata date
  std::optional<std::int64_t> file_time;      // modification time of a one-article file
  const Sidecar* sidecar = nullptr;           // the file's sidecar, when it has a usable one
  std::optional<std::int64_t> previous_date;  // date of the previous dated record of the same file
  std::string default_language = "en";        // --language: for records that name none
  std::string default_source;                 // --source: the publisher of records that name none
};

// Every name a reader may search one place by, for the database's alias table (schema.h).
struct PlaceAliases {
  std::string id;
  std::vector<std::string> names;
};

struct AnalysedArticle {
  Article article;  // with its sidecar applied and its date settled (article.date->source says how)
  // True when neither the reader nor the sidecar dated the article, so the date (or its absence)
  // is the analysis' estimate: the run counts these by source.
  bool date_estimated = false;
  // The date the source gave when its year is not a news year (dates.h: plausible_year), such as
  // 9999-12-31 for "unknown": dropped, so that it cannot widen every date range; the run warns.
  std::optional<std::string> implausible_date;
  std::vector<Place> places;          // canonical, in order of trust (tags, dateline, mentions)
  std::vector<PlaceAliases> aliases;  // of each place, its region and its country, once per id
  std::string language;               // ISO 639-1 code the text is stemmed as; empty: none known
  std::string similarity_key;         // empty when the lead is too short to tell copies apart
};

AnalysedArticle analyse(Article article, const ArticleEvidence& evidence,
                        const PlaceResolver& resolver);

// analyse() in two steps, for a pipeline that analyses on several threads: settle_article()
// does what the next record of the same file depends on (the sidecar, the date, the language),
// cheaply and in file order; place_article() the costly rest (places, aliases, the similarity
// key), on any thread. analyse() is the one followed by the other.
AnalysedArticle settle_article(Article article, const ArticleEvidence& evidence);
void place_article(AnalysedArticle& analysed, const PlaceResolver& resolver);

// The alias entries of `places`: each place's names, then its region's and its country's.
std::vector<PlaceAliases> place_aliases(const std::vector<Place>& places,
                                        const PlaceResolver& resolver);

}  // namespace dateline
