#include "relax_rule.h"

#include <array>

namespace dateline {

namespace {

bool has_operators(std::string_view q) {
  if (q.find('"') != std::string_view::npos) return true;
  static constexpr std::array<std::string_view, 6> infix{" AND ", " OR ",  " NOT ",
                                                         " XOR ", " NEAR", " ADJ"};
  for (std::string_view op : infix)
    if (q.find(op) != std::string_view::npos) return true;
  // +word and -word at the start of a word.
  for (std::size_t i = 0; i < q.size(); ++i)
    if ((q[i] == '+' || q[i] == '-') && (i == 0 || q[i - 1] == ' ') && i + 1 < q.size() &&
        q[i + 1] != ' ')
      return true;
  return false;
}

}  // namespace

RelaxRule relax_rule_for(std::string_view text, std::size_t words, bool like) {
  return {words, has_operators(text), like};
}

}  // namespace dateline
