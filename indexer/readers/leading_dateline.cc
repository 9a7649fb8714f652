#include "readers/leading_dateline.h"

// std::regex trips g++ 12's -Wmaybe-uninitialized under -fsanitize (a false positive inside
// libstdc++); silence only that warning, only here.
#if defined(__GNUC__) && !defined(__clang__)  // clang has no such warning
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <regex>

#include "text.h"

namespace dateline::detail {

std::optional<std::pair<std::string, std::string>> split_dateline(const std::string& p) {
  static const std::regex dateline_re(
      R"(^([A-Z][A-Z.'’\- ]{1,40}(?:, [A-Z][A-Za-z.'’\- ]{1,40})?)"
      R"((?:, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2})?))"
      R"((?: \([A-Za-z.&' ]{1,30}\))?\s*(?:—|–|--| - )\s*)");
  std::smatch m;
  if (!std::regex_search(p, m, dateline_re)) return std::nullopt;
  return std::pair{std::string(trim(m[1].str())), p.substr(static_cast<std::size_t>(m.length(0)))};
}

}  // namespace dateline::detail
