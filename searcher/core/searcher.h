// Searcher: opens a dateline database and answers SearchRequests. The one search core behind
// dateline-search and dateline.cgi.
#pragma once

#include <xapian.h>

#include <string>

#include "archive.h"
#include "results.h"
#include "search_bounds.h"
#include "search_request.h"

namespace dateline {

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

 private:
  Results run(const SearchRequest& request);

  // A shard failed while searching: with allow_partial the archive is opened again without it.
  void reopen_without_failed_shards();

  std::string path_;
  ShardOptions shards_;
  Archive archive_;  // db: every shard as one; side: spelling data and the alias table
  SearchBounds bounds_;
};

}  // namespace dateline
