#include "searcher.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>
#include <optional>

#include "errors.h"
#include "facet_counter.h"
#include "facets.h"
#include "query_builder.h"
#include "recency.h"
#include "schema.h"
#include "snippets.h"

namespace dateline {

namespace {

Xapian::Database check_schema(Xapian::Database db, const std::string& path) {
  const std::string version = db.get_metadata(std::string(schema::version_key));
  if (version.empty()) {
    throw DatabaseError(
        fmt::format("{}: a Xapian database, but not one dateline-index wrote", path));
  }
  if (version != schema::version) {
    throw DatabaseError(fmt::format(
        "{}: built with schema version {}, this dateline reads {}; rebuild it with dateline-index",
        path, version, schema::version));
  }
  return db;
}

Xapian::Database open_database(const std::string& path) {
  Xapian::Database db;
  try {
    db = Xapian::Database(path);
  } catch (const Xapian::DatabaseNotFoundError&) {
    throw DatabaseError(fmt::format(
        "{}: no database here (create one with dateline-index --db {} SOURCE...)", path, path));
  } catch (const Xapian::DatabaseOpeningError& e) {
    throw DatabaseError(fmt::format("{}: cannot open the database: {}", path, e.get_msg()));
  } catch (const Xapian::Error& e) {
    throw DatabaseError(fmt::format("{}: {}", path, e.get_description()));
  }
  return check_schema(db, path);
}

}  // namespace

Searcher::Searcher(std::string db_path) : path_(std::move(db_path)), db_(open_database(path_)) {}

Searcher::Searcher(Xapian::Database db, FacetBounds facet_bounds)
    : path_("(database)"), db_(check_schema(std::move(db), path_)), facet_bounds_(facet_bounds) {}

Results Searcher::search(const SearchRequest& request) {
  for (int attempt = 0;; ++attempt) {
    try {
      return run(request);
    } catch (const Xapian::DatabaseModifiedError&) {
      // The indexer committed twice while we read: reopen at the new revision and retry.
      if (attempt >= 3) throw;
      db_.reopen();
    }
  }
}

namespace {

// BM25 with k1 = 1.5 and b = 0.75, tuned with bench/eval on CRAN, MED and NPL: the only
// setting tried (k1 1.0-2.0, b 0.5-0.9) that beat FTS5 and plain Xapian on all three in both
// MAP and nDCG@10. Xapian's defaults (1.0, 0.5) under-weight repeated words and long documents'
// normalisation.
Xapian::BM25Weight bm25() {
  constexpr double k1 = 1.5, k2 = 0, k3 = 1, b = 0.75, min_normlen = 0.5;
  return Xapian::BM25Weight(k1, k2, k3, b, min_normlen);
}

// Matches examined at least, past the page asked for: a total below it is exact, not Xapian's
// estimate ("about 100" for 2,208 was a rounded guess shown as a count); above it the reader
// gets the lower bound, which is a fact. A few thousand costs milliseconds (bench/).
constexpr Xapian::doccount min_check_at_least = 5000;

// Whether `query` matches more than `n` articles, with no collapsing (the reader's own count is
// uncollapsed). The matcher stops at n + 1: a correction of common words costs no more than the
// reader's own, at most a few thousand matches, whatever the size of the archive.
bool matches_more_than(const Xapian::Database& db, const Xapian::Query& query, Xapian::doccount n) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  return enquire.get_mset(0, 0, n + 1).get_matches_lower_bound() > n;
}

// Articles `query` matches: every match counted, none collapsed.
Xapian::doccount count_matches(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  return enquire.get_mset(0, 0, db.get_doccount()).get_matches_lower_bound();
}

struct Match {
  Xapian::Enquire enquire;
  // With --facets, when Xapian expects no more matches than this run examines anyway: counted
  // here (facet_counter.h says how otherwise).
  std::unique_ptr<FacetSpies> spies;
  Xapian::doccount check_at_least = 0;
  Xapian::MSet mset;

  Match(const Xapian::Database& db, const Xapian::Query& query, bool browsing,
        const SearchRequest& request, const FacetBounds& bounds)
      : enquire(db) {
    enquire.set_query(request.recency_half_life > 0 && !browsing
                          ? with_recency(db, query, request.recency_half_life)
                          : query);
    enquire.set_weighting_scheme(bm25());
    if (browsing) {
      // A place or a month with no words: newest first, no scores to rank by.
      enquire.set_weighting_scheme(Xapian::BoolWeight());
      enquire.set_sort_by_value(schema::slot::timestamp, true);
    } else if (request.sort == SortOrder::date) {
      enquire.set_sort_by_value_then_relevance(schema::slot::timestamp, true);
    }
    // One hit per story: copies with the same similarity key (schema.h) collapse into it.
    if (!request.all) enquire.set_collapse_key(schema::slot::similarity);
    check_at_least = std::max(request.offset + request.limit, min_check_at_least);
    if (request.facets && matches_at_most(db, query) <= std::min(check_at_least, bounds.exact)) {
      spies = std::make_unique<FacetSpies>();
      spies->attach(enquire);
    }
    mset = enquire.get_mset(request.offset, request.limit, check_at_least);
  }

  // Whether the spies saw every match: this run counted the facets exactly.
  bool counted_every_match() const {
    return spies && saw_every_match(*spies, mset, check_at_least);
  }
};

}  // namespace

Results Searcher::run(const SearchRequest& request) {
  const auto started = std::chrono::steady_clock::now();
  QueryBuilder builder(db_, request.language);
  // Each query is built and run once: the reader's (words ANDed); the same words ORed when
  // relax_rule.h says so; and the spelling-corrected query, counted only, when the reader's
  // found little (compared with the reader's count, read off its MSet).
  BuiltQuery built = builder.build(request);
  const bool browsing = !built.ranked;
  auto match = std::make_unique<Match>(db_, built.query, browsing, request, facet_bounds_);
  const Xapian::doccount found = match->mset.get_matches_upper_bound();
  // The reader's article count at most: a correction must find more than this.
  const Xapian::doccount found_upper = match->mset.get_uncollapsed_matches_upper_bound();
  const bool relaxed = built.relax.relaxes(found);
  if (relaxed) {
    built = builder.build(request, true);
    match = std::make_unique<Match>(db_, built.query, browsing, request, facet_bounds_);
  }
  const Xapian::MSet& mset = match->mset;
  std::string suggestion;
  if (built.ranked) {
    // Tried whatever the reader's query found: a misspelling the archive itself holds a few
    // times ("goverment") finds those few, not nothing. spelling.h corrects only rare words,
    // so a query of known words costs a term frequency per word. Offered only when the
    // corrected words find more than the reader's own: a rare but right word ("outages") must
    // not be "corrected" to a common one ("hostages").
    suggestion = builder.spelling_suggestion(request.query);
    if (!suggestion.empty()) {
      SearchRequest corrected = request;
      corrected.query = suggestion;
      try {
        if (!matches_more_than(db_, builder.build(corrected).query, found_upper))
          suggestion.clear();
      } catch (const UsageError&) {
        suggestion.clear();
      }
    }
  }

  Results results;
  results.relaxed = relaxed;
  results.suggestion = suggestion;
  // Totals count articles, as the facets do; `stories` counts hits after collapsing copies.
  results.estimate = mset.get_uncollapsed_matches_estimated();
  results.lower_bound = mset.get_uncollapsed_matches_lower_bound();
  results.upper_bound = mset.get_uncollapsed_matches_upper_bound();
  results.stories = mset.get_matches_estimated();
  results.stories_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
  std::optional<FacetTally> tally;
  if (request.facets) {
    if (match->counted_every_match()) {
      tally.emplace();
      tally->add(*match->spies);
      // Every match was examined, so collapsed exactly too: the lower bound is the count
      // (Xapian's estimate stays a rounded guess, 2,400 for 2,357).
      results.stories = mset.get_matches_lower_bound();
      results.stories_exact = true;
    } else {
      CountedFacets counted = count_facets(
          db_, built.query,
          {mset.get_uncollapsed_matches_lower_bound(), mset.get_uncollapsed_matches_estimated()},
          /*count_stories=*/!request.all, facet_bounds_);
      tally = std::move(counted.tally);
      if (counted.stories) {
        results.stories = *counted.stories;
        results.stories_exact = true;
      }
    }
    if (tally->exact()) {
      results.estimate = results.lower_bound = results.upper_bound =
          static_cast<std::uint64_t>(tally->total());
      if (request.all) {
        // Nothing collapses: the stories are the articles.
        results.stories = results.estimate;
        results.stories_exact = true;
      }
    } else {
      // The sample's estimate, within what the matcher knows for certain.
      results.estimate = std::clamp(static_cast<std::uint64_t>(std::llround(tally->total())),
                                    results.lower_bound, results.upper_bound);
    }
  }
  if (!results.exact() && results.upper_bound <= min_check_at_least) {
    // Collapsing leaves the article count a range even when every match was seen; a small
    // match set is counted again without collapsing, which is cheap, so its total is exact.
    results.estimate = results.lower_bound = results.upper_bound =
        count_matches(db_, match->enquire.get_query());
  }
  // Xapian's estimate of the collapsed count can exceed the articles it collapses: never more
  // stories than articles.
  results.stories = std::min(results.stories, results.estimate);
  results.query_description = built.query.get_description();
  unsigned rank = request.offset;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Hit hit;
    hit.rank = ++rank;
    hit.score = browsing ? 0.0 : it.get_weight();
    hit.similar = it.get_collapse_count();
    hit.doc = parse_document_data(it.get_document().get_data());
    const std::string& text = hit.doc.text.empty() ? hit.doc.title : hit.doc.text;
    hit.snippet = browsing ? lead_snippet(text) : make_snippet(mset, text, builder.stemmer());
    hit.title = browsing ? Snippet{hit.doc.title, {}}
                         : mark_title(built.query, hit.doc.title, builder.stemmer());
    results.hits.push_back(std::move(hit));
  }
  if (tally) {
    results.facets = collect_facets(*tally, request.facet_limit, request.date_facet);
    results.facets->sampled = tally->exact() ? 0 : tally->counted();
  }
  results.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return results;
}

}  // namespace dateline
