#include "shards.h"

#include <fmt/format.h>

#include <charconv>

#include "schema.h"
#include "text.h"

namespace dateline {

std::string ShardLayout::name() const {
  return kind == Kind::month ? std::string("month") : fmt::format("hash:{}", parts);
}

std::optional<ShardLayout> parse_shard_layout(std::string_view text) {
  if (text == "month") return ShardLayout{ShardLayout::Kind::month, 0};
  constexpr std::string_view hash = "hash:";
  if (text.substr(0, hash.size()) != hash) return std::nullopt;
  const std::string_view digits = text.substr(hash.size());
  unsigned parts = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), parts);
  if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size() || parts < 2 ||
      parts > max_hash_shards) {
    return std::nullopt;
  }
  return ShardLayout{ShardLayout::Kind::hash, parts};
}

std::string shard_key(const Xapian::Document& document, const ShardLayout& layout) {
  if (layout.kind == ShardLayout::Kind::month) {
    const std::string day = document.get_value(schema::slot::day);  // YYYYMMDD
    if (day.size() != 8) return "undated";
    return day.substr(0, 4) + "-" + day.substr(4, 2);
  }
  // The id term (Q...): every document has exactly one.
  auto term = document.termlist_begin();
  term.skip_to(std::string(schema::prefix::id));
  const std::string id = term != document.termlist_end() ? *term : std::string();
  return hash_shard_key(static_cast<unsigned>(fnv1a64(id) % layout.parts), layout.parts);
}

std::string hash_shard_key(unsigned index, unsigned parts) {
  return fmt::format("hash-{}-of-{}", index, parts);
}

}  // namespace dateline
