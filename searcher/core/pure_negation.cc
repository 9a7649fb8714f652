#include "pure_negation.h"

#include <vector>

namespace dateline {

std::optional<std::string> rewrite_pure_negation(std::string_view query) {
  std::vector<std::string_view> items;
  std::size_t start = std::string_view::npos;
  bool quoted = false;
  for (std::size_t i = 0; i <= query.size(); ++i) {
    const bool end = i == query.size();
    const char c = end ? ' ' : query[i];
    if (c == '"') quoted = !quoted;
    const bool space = !quoted && (c == ' ' || c == '\t' || c == '\n');
    if (space) {
      if (start != std::string_view::npos) items.push_back(query.substr(start, i - start));
      start = std::string_view::npos;
    } else if (start == std::string_view::npos) {
      start = i;
    }
  }
  if (items.empty()) return std::nullopt;
  std::string out;
  for (const auto item : items) {
    if (item.size() < 2 || item.front() != '-') return std::nullopt;
    if (!out.empty()) out += ' ';
    out += "NOT ";
    out += item.substr(1);
  }
  return out;
}

}  // namespace dateline
