// Publishing the shards of a database (dateline-index --shard-by, issue 14). After a run has
// committed, the shards it changed are written again from the database, each into a new folder,
// and then a new stub file is renamed over the old one: a search opening the stub sees the
// shards before the run or after it, never a mix.
//
//   DB.shards/stub             the stub file to search (--db DB.shards/stub): the side
//                              database and every shard, by its current generation
//   DB.shards/side             spelling data, alias table and schema version of the whole
//   DB.shards/1987-03, ...     archive, and each shard: symlinks to the current generation, the
//                              stable paths to serve with xapian-tcpsrv
//   DB.shards/generations/     the generations, old ones removed after the grace period
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "diagnostics.h"
#include "shards.h"

namespace dateline {

struct ShardReport {
  std::size_t shards = 0;     // shards the archive has now
  std::size_t rewritten = 0;  // written again by this run
  std::string stub;           // the stub file
};

// Writes again the shards of `db_path` (the whole database, closed by its writer; the caller
// holds its lock) that its pending list names, or all of them when `all` or when the layout
// changed, then publishes the stub and clears the pending list. Throws DatabaseError.
ShardReport publish_shards(const std::string& db_path, const ShardLayout& layout, bool all,
                           const DiagnosticSink& diagnostics);

// The layout the shards of the database at `db_path` were last published by, if any.
std::optional<ShardLayout> published_shard_layout(const std::string& db_path);

// Where the shards of `db_path` are published.
std::string shards_dir(const std::string& db_path);

}  // namespace dateline
