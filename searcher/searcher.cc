#include "searcher.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>

#include "errors.h"
#include "facets.h"
#include "query_builder.h"
#include "schema.h"
#include "snippets.h"

namespace dateline {

namespace {

Xapian::Database check_schema(Xapian::Database db, const std::string& path) {
  const std::string version = db.get_metadata(std::string(schema::version_key));
  if (version.empty()) {
    throw DatabaseError(fmt::format("{}: a Xapian database, but not one dateline-index wrote", path));
  }
  if (version != schema::version) {
    throw DatabaseError(fmt::format("{}: built with schema version {}, this dateline reads {}; rebuild it with dateline-index",
                                    path, version, schema::version));
  }
  return db;
}

Xapian::Database open_database(const std::string& path) {
  Xapian::Database db;
  try {
    db = Xapian::Database(path);
  } catch (const Xapian::DatabaseNotFoundError&) {
    throw DatabaseError(fmt::format("{}: no database here (create one with dateline-index --db {} SOURCE...)", path, path));
  } catch (const Xapian::DatabaseOpeningError& e) {
    throw DatabaseError(fmt::format("{}: cannot open the database: {}", path, e.get_msg()));
  } catch (const Xapian::Error& e) {
    throw DatabaseError(fmt::format("{}: {}", path, e.get_description()));
  }
  return check_schema(db, path);
}

}  // namespace

Searcher::Searcher(std::string db_path) : path_(std::move(db_path)), db_(open_database(path_)) {}

Searcher::Searcher(Xapian::Database db) : path_("(database)"), db_(check_schema(std::move(db), path_)) {}

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

Results Searcher::run(const SearchRequest& request) {
  const auto started = std::chrono::steady_clock::now();
  QueryBuilder builder(db_, request.language);
  const BuiltQuery built = builder.build(request);
  const Xapian::Query& query = built.query;
  const bool browsing = !built.ranked;

  Xapian::Enquire enquire(db_);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  if (browsing) {
    // A place or a month with no words: newest first, no scores to rank by.
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.set_sort_by_value(schema::slot::timestamp, true);
  } else if (request.sort == SortOrder::date) {
    enquire.set_sort_by_value_then_relevance(schema::slot::timestamp, true);
  }

  PlaceCountSpy place_spy(schema::slot::places);
  PlaceCountSpy country_spy(schema::slot::countries);
  // Days give months and years too, and the span that picks the facets' granularity.
  Xapian::ValueCountMatchSpy day_spy(schema::slot::day);
  Xapian::doccount check_at_least = std::max<Xapian::doccount>(request.offset + request.limit, 100);
  if (request.facets) {
    enquire.add_matchspy(&place_spy);
    enquire.add_matchspy(&country_spy);
    enquire.add_matchspy(&day_spy);
    check_at_least = db_.get_doccount();  // exact counts over the whole match set
  }
  const Xapian::MSet mset = enquire.get_mset(request.offset, request.limit, check_at_least);

  Results results;
  results.estimate = mset.get_matches_estimated();
  results.lower_bound = mset.get_matches_lower_bound();
  results.upper_bound = mset.get_matches_upper_bound();
  results.query_description = query.get_description();
  unsigned rank = request.offset;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Hit hit;
    hit.rank = ++rank;
    hit.score = browsing ? 0.0 : it.get_weight();
    hit.doc = parse_document_data(it.get_document().get_data());
    const std::string& text = hit.doc.text.empty() ? hit.doc.title : hit.doc.text;
    hit.snippet = browsing ? lead_snippet(text) : make_snippet(mset, text, builder.stemmer());
    results.hits.push_back(std::move(hit));
  }
  if (request.facets)
    results.facets = collect_facets(place_spy, country_spy, day_spy, request.facet_limit, request.date_facet);
  results.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return results;
}

}  // namespace dateline
