// Searcher: opens a dateline database and answers SearchRequests. The one search core behind
// dateline-search and dateline.cgi.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>

#include "archive.h"
#include "query_builder.h"
#include "results.h"
#include "search_bounds.h"
#include "search_request.h"

namespace dateline {

// The copies of a story an article's page lists at most.
inline constexpr unsigned max_copies_listed = 50;

class Searcher {
 public:
  // Throws DatabaseError when `db_path` holds no database, someone else's, or another schema,
  // or is a stub file (archive.h) with a shard that does not answer (unless
  // `shards.allow_partial`).
  explicit Searcher(std::string db_path, ShardOptions shards = {});
  // An open database (tests use an in-memory one); checked the same way. `bounds`: what a
  // search may cost (search_bounds.h; tests make them small).
  explicit Searcher(Xapian::Database db, SearchBounds bounds = {});

  // Throws UsageError for a request that cannot be parsed. Retries after the index changed
  // under it (Xapian::DatabaseModifiedError).
  Results search(const SearchRequest& request);

  // The article with the id `id`, its words of `query` marked (a query the reader came from;
  // none when empty or unreadable), or nullopt when no article has that id.
  std::optional<ArticleView> article(const std::string& id, const std::string& query = "");

 private:
  Results run(const SearchRequest& request);

  // The place and country facets of `request` counted without its place filters.
  void count_places_unfiltered(QueryBuilder& builder, const SearchRequest& request, bool relaxed,
                               Facets& facets);

  // A shard failed while searching: with allow_partial the archive is opened again without it.
  void reopen_without_failed_shards();

  std::string path_;
  ShardOptions shards_;
  Archive archive_;  // db: every shard as one; side: spelling data and the alias table
  SearchBounds bounds_;
};

}  // namespace dateline
