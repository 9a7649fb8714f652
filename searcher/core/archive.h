// What a search opens: one dateline database, or shards listed in a stub file (issue 14).
//
// A stub file is Xapian's own format, one shard a line, which Xapian's tools open too:
//
//   # dateline-side /srv/news/db.side      spelling data and the alias table (see below)
//   auto /srv/news/shards/1987-03          a local database (also: glass PATH)
//   remote 10.0.0.7:7001                   a database served by xapian-tcpsrv
//   remote :ssh news@10.0.0.8 xapian-progsrv /srv/news/shards/1987-04
//
// Relative paths are relative to the stub file's own folder (its target's, for a symlink).
// The remote protocol cannot reach a shard's spelling data, and a database of several shards
// reads metadata (the alias table) from the first alone: the `# dateline-side` line, a comment
// to Xapian, names a small local database that holds both for the whole archive. Without one
// the shards themselves are asked, which is right for one database or local shards only.
#pragma once

#include <xapian.h>

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace dateline {

struct ShardOptions {
  // A shard that does not answer: with allow_partial the others are searched and the results
  // say which are missing; without, it is an error naming the shard.
  bool allow_partial = false;
  // How long a remote shard may take to accept a connection, and to answer once connected.
  std::chrono::milliseconds connect_timeout{2000};
  std::chrono::milliseconds timeout{10000};
};

struct Archive {
  Xapian::Database db;    // every shard that answered, as one database
  Xapian::Database side;  // spelling data and the alias table: the side database, else db
  std::size_t shards = 1;
  bool remote = false;  // some shard is served by the remote backend
  // The shards that did not answer (only with allow_partial), as their stub lines name them.
  std::vector<std::string> missing;
};

// Opens `path`, a database folder or a stub file. Throws DatabaseError naming the stub's file,
// line and shard when a shard cannot be opened (unless allow_partial, and some shard answered)
// or a line is not one Xapian reads.
Archive open_archive(const std::string& path, const ShardOptions& options);

}  // namespace dateline
