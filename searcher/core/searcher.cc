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
#include "hits_run.h"
#include "proximity.h"
#include "query_builder.h"
#include "query_expansion.h"
#include "ranking.h"
#include "schema.h"
#include "search_bounds.h"
#include "snippets.h"
#include "text.h"

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

}  // namespace

Searcher::Searcher(std::string db_path, ShardOptions shards)
    : path_(std::move(db_path)), shards_(shards), archive_(open_archive(path_, shards_)) {
  check_schema(archive_.db, path_);
}

Searcher::Searcher(Xapian::Database db, SearchBounds bounds)
    : path_("(database)"), bounds_(bounds) {
  archive_.db = check_schema(std::move(db), path_);
  archive_.side = archive_.db;
}

void Searcher::reopen_without_failed_shards() {
  archive_ = open_archive(path_, shards_);
  check_schema(archive_.db, path_);
}

Results Searcher::search(const SearchRequest& request) {
  for (int attempt = 0;; ++attempt) {
    try {
      return run(request);
    } catch (const Xapian::DatabaseModifiedError&) {
      // The indexer committed twice while we read: reopen at the new revision and retry.
      if (attempt >= 3) throw;
      archive_.db.reopen();
      archive_.side.reopen();
    } catch (const Xapian::NetworkError& e) {
      // A remote shard stopped answering after it was opened. Its context names it
      // ("remote:tcp(10.0.0.7:7001)").
      if (!shards_.allow_partial || attempt >= 1) {
        throw DatabaseError(fmt::format("{}: a shard failed: {}", path_, e.get_description()));
      }
      reopen_without_failed_shards();
    }
  }
}

std::optional<ArticleView> Searcher::article(const std::string& id, const std::string& query) {
  const std::string id_term = make_term(schema::prefix::id, id);
  Xapian::Enquire enquire(archive_.db);
  enquire.set_query(Xapian::Query(id_term));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const Xapian::MSet found = enquire.get_mset(0, 1);
  if (found.empty()) return std::nullopt;
  const Xapian::Document document = found.begin().get_document();
  ArticleView view;
  view.doc = parse_document_data(document.get_data());
  view.title = {view.doc.title, {}};
  view.body = {view.doc.text, {}};
  if (!trim(query).empty()) {
    QueryBuilder builder(archive_.db, view.doc.language.empty() ? "en" : view.doc.language,
                         archive_.side);
    SearchRequest asked;
    asked.query = query;
    try {
      const Xapian::Query words = builder.build(asked).query;
      view.title = mark_title(words, view.doc.title, builder.stemmer());
      view.body = mark_title(words, view.doc.text, builder.stemmer());
    } catch (const UsageError&) {
      // The page came from a query it cannot read again: the article, unmarked.
    }
  }
  const std::string key = document.get_value(schema::slot::similarity);
  if (!key.empty()) {
    Xapian::Enquire copies(archive_.db);
    copies.set_query(Xapian::Query(
        Xapian::Query::OP_AND_NOT,
        Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::slot::similarity, key, key),
        Xapian::Query(id_term)));
    copies.set_weighting_scheme(Xapian::BoolWeight());
    copies.set_sort_by_value(schema::slot::timestamp, false);
    const Xapian::MSet mset = copies.get_mset(0, max_copies_listed);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      StoredDocument copy = parse_document_data(it.get_document().get_data());
      copy.text.clear();
      view.copies.push_back(std::move(copy));
    }
  }
  return view;
}

namespace {

// Whether `query` matches more than `n` articles, with no collapsing (the reader's own count is
// uncollapsed). The matcher stops at n + 1: a correction of common words costs no more than the
// reader's own, at most a few thousand matches, whatever the size of the archive.
bool matches_more_than(const Xapian::Database& db, const Xapian::Query& query, Xapian::doccount n) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  return enquire.get_mset(0, 0, n + 1).get_matches_lower_bound() > n;
}

}  // namespace

// Disjunctive facets: place filters are ORed (any of several places), so the place and
// country lists are counted over the matches without them, with every other filter: a place's
// count is then the articles a click on it adds, and the chosen places' counts add up to at
// least the total. Dates stay counted within the results: a click on a date narrows them.
void Searcher::count_places_unfiltered(QueryBuilder& builder, const SearchRequest& request,
                                       bool relaxed, Facets& facets) {
  SearchRequest others = request;
  others.places.clear();
  const bool nothing_else = trim(others.query).empty() && !others.from && !others.to &&
                            !others.recent && others.like.empty();
  const Xapian::Query query =
      nothing_else ? Xapian::Query::MatchAll : builder.build(others, relaxed).query;
  const CountedFacets counted = count_facets(archive_.db, query, {0, 0}, false, bounds_);
  const Facets all =
      collect_facets(counted.tally, request.facet_limit, request.date_facet, request.places);
  facets.places = all.places;
  facets.countries = all.countries;
  if (!counted.tally.exact()) {
    facets.exact = false;
    facets.sampled = std::max<std::uint64_t>(facets.sampled, counted.tally.counted());
  }
}

Results Searcher::run(const SearchRequest& request) {
  const auto started = std::chrono::steady_clock::now();
  QueryBuilder builder(archive_.db, request.language, archive_.side);
  // Each query is built and run once: the reader's (words ANDed); the same words ORed when
  // relax_rule.h says so; and the spelling-corrected query, counted only, when the reader's
  // found little (compared with the reader's count, read off its MSet).
  BuiltQuery built = builder.build(request);
  const bool browsing = !built.ranked;
  auto run = std::make_unique<HitsRun>(archive_.db, built.query, browsing, request, bounds_);
  const Xapian::doccount found = run->counts().get_matches_upper_bound();
  // The reader's article count at most: a correction must find more than this.
  const Xapian::doccount found_upper = run->counts().get_uncollapsed_matches_upper_bound();
  const bool relaxed = built.relax.relaxes(found);
  // The words ANDed, kept when relaxed: the few articles with every word are the best
  // evidence feedback has (query_expansion.h).
  std::optional<Xapian::Query> every_word;
  if (relaxed) {
    if (found > 0) every_word = built.query;
    built = builder.build(request, true);
    run = std::make_unique<HitsRun>(archive_.db, built.query, browsing, request, bounds_);
  }
  // A plain query ranked by relevance is ranked again with the terms its first stories add
  // (query_expansion.h): the same matches, in a better order.
  // Snippets are made with the reader's query alone (its run's MSet): the passage shown is
  // the one with the reader's words, and only they are marked.
  std::vector<std::string> expansion;
  std::unique_ptr<HitsRun> words_run;
  Xapian::Query ranking = built.query;  // what the hits are ranked by
  const bool reorderable = built.plain && !browsing && request.sort == SortOrder::relevance;
  if (reorderable && request.expansion.on) {
    const auto weight = make_weight(request.weighting);
    if (auto feedback = with_feedback(archive_.db, built.query, *weight, request.expansion,
                                      !request.all, builder.stopper(), every_word)) {
      expansion = std::move(feedback->terms);
      words_run = std::move(run);
      ranking = feedback->query;
      run = std::make_unique<HitsRun>(archive_.db, ranking, browsing, request, bounds_);
    }
  }
  if (reorderable && request.proximity) {
    if (auto boost = proximity_boost(archive_.db, typed_words(request.query, builder.stopper()))) {
      if (!words_run) words_run = std::move(run);
      ranking = Xapian::Query(Xapian::Query::OP_AND_MAYBE, ranking, *boost);
      run = std::make_unique<HitsRun>(archive_.db, ranking, browsing, request, bounds_);
    }
  }
  const Xapian::MSet& words_mset = (words_run ? *words_run : *run).hits();
  const Xapian::MSet& mset = run->counts();
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
        if (!matches_more_than(archive_.db, builder.build(corrected).query, found_upper))
          suggestion.clear();
      } catch (const UsageError&) {
        suggestion.clear();
      }
    }
  }

  Results results;
  results.shards = archive_.shards;
  results.missing_shards = archive_.missing;
  results.relaxed = relaxed;
  results.suggestion = suggestion;
  results.expansion = expansion;
  // Totals count articles, as the facets do; `stories` counts hits after collapsing copies.
  results.estimate = mset.get_uncollapsed_matches_estimated();
  results.lower_bound = mset.get_uncollapsed_matches_lower_bound();
  results.upper_bound = mset.get_uncollapsed_matches_upper_bound();
  results.stories = mset.get_matches_estimated();
  results.stories_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
  std::optional<FacetTally> tally;
  if (request.facets) {
    if (run->counted_every_match()) {
      tally.emplace();
      tally->add(run->spies());
      // Every match was examined, so collapsed exactly too: the lower bound is the count
      // (Xapian's estimate stays a rounded guess, 2,400 for 2,357).
      results.stories = mset.get_matches_lower_bound();
      results.stories_exact = true;
    } else {
      CountedFacets counted = count_facets(
          archive_.db, built.query,
          {mset.get_uncollapsed_matches_lower_bound(), mset.get_uncollapsed_matches_estimated()},
          /*count_stories=*/!request.all, bounds_);
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
  // Collapsing leaves the article count a range even when every match was seen, and across
  // shards the story count too; a small match set is counted again one match at a time, which
  // is cheap, so its totals are exact. Over the remote backend the hits' collapse counts are
  // taken from that count as well: Xapian drops them when it merges remote shards.
  // An archive of at most SearchBounds::small_archive articles (all of Reuters-21578) is
  // counted whole: a few milliseconds, and its totals are then the same on any layout.
  std::optional<ExactCounts> exact;
  const bool small_archive = archive_.db.get_doccount() <= bounds_.small_archive;
  if ((!results.exact() || !results.stories_exact || archive_.remote) &&
      (results.upper_bound <= min_check_at_least || small_archive)) {
    exact = count_exactly(archive_.db, run->query(),
                          small_archive ? archive_.db.get_doccount() : min_check_at_least);
  }
  if (exact) {
    results.estimate = results.lower_bound = results.upper_bound = exact->articles;
    if (!request.all) {
      results.stories = exact->stories;
      results.stories_exact = true;
    }
  }
  // Xapian's estimate of the collapsed count can exceed the articles it collapses: never more
  // stories than articles.
  results.stories = std::min(results.stories, results.estimate);
  results.query_description = built.query.get_description();
  unsigned rank = request.offset;
  const Xapian::MSet& hits = run->hits();
  for (auto it = hits.begin(); it != hits.end(); ++it) {
    Hit hit;
    hit.rank = ++rank;
    hit.score = browsing ? 0.0 : it.get_weight();
    hit.similar = it.get_collapse_count();
    if (exact && archive_.remote && !request.all) {
      const std::string key = it.get_collapse_key();
      const auto found = exact->per_key.find(key);
      hit.similar = key.empty() || found == exact->per_key.end() ? 0 : found->second - 1;
    }
    hit.doc = parse_document_data(it.get_document().get_data());
    const std::string& text = hit.doc.text.empty() ? hit.doc.title : hit.doc.text;
    if (!request.snippets) {
      hit.title = Snippet{hit.doc.title, {}};
    } else {
      hit.snippet = browsing ? lead_snippet(text)
                             : make_snippet(words_mset, text, builder.stemmer(), snippet_bytes,
                                            !archive_.remote);
      hit.title = browsing ? Snippet{hit.doc.title, {}}
                           : mark_title(built.query, hit.doc.title, builder.stemmer());
    }
    results.hits.push_back(std::move(hit));
  }
  if (tally) {
    results.facets =
        collect_facets(*tally, request.facet_limit, request.date_facet, request.places);
    results.facets->sampled = tally->exact() ? 0 : tally->counted();
    if (!request.places.empty())
      count_places_unfiltered(builder, request, relaxed, *results.facets);
  }
  results.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return results;
}

}  // namespace dateline
