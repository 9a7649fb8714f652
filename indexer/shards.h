// How an archive is split into shards (dateline-index --shard-by, issue 14), and which shard an
// article belongs to. The database DB stays whole (it holds the incremental state); its shards
// are published beside it from it, each a Xapian database that the stock xapian-tcpsrv can
// serve (shard_publish.h):
//
//   month    one shard per month of the articles' dates, and one for undated articles: news is
//            partitioned by time, so a nightly run rewrites only the months it touched
//   hash:N   N shards of about equal size, by a hash of the article's id
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <string_view>

namespace dateline {

struct ShardLayout {
  enum class Kind { month, hash };
  Kind kind = Kind::month;
  unsigned parts = 0;  // hash: N

  std::string name() const;  // "month", "hash:4": as --shard-by takes it
  bool operator==(const ShardLayout&) const = default;
};

inline constexpr unsigned max_hash_shards = 256;

// "month" or "hash:N" (N from 2 to max_hash_shards); nullopt for anything else.
std::optional<ShardLayout> parse_shard_layout(std::string_view text);

// The shard a document (as dateline's DocumentBuilder writes it) belongs to, as its folder is
// named: "1987-03" or "undated" by month, "hash-2-of-4" by hash.
std::string shard_key(const Xapian::Document& document, const ShardLayout& layout);

// The name of hash shard `index` of `parts`: "hash-2-of-4".
std::string hash_shard_key(unsigned index, unsigned parts);

// Master-database metadata: the layout its shards are published by, and the shards changed
// since they were last published (keys separated by spaces), committed with the documents so
// that a run that stops before publishing leaves them for the next.
inline constexpr std::string_view shard_layout_key = "dateline.shards.layout";
inline constexpr std::string_view shards_pending_key = "dateline.shards.pending";
// In the side database: the shards' names (DB.shards/KEY), one per line, for a read replica to
// fetch each with xapian-replicate (contrib/dateline-replicate).
inline constexpr std::string_view shard_keys_key = "dateline.shards.keys";

}  // namespace dateline
