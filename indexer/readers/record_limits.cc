#include "readers/record_limits.h"

#include <fmt/format.h>

namespace dateline::limits {

std::string over_limit(const char* what, std::size_t size, std::size_t limit) {
  return fmt::format("{} of {} bytes is over the limit of {} (rejected)", what, size, limit);
}

std::optional<std::string> article_over_limits(const Article& article) {
  if (article.title.size() > max_title_bytes)
    return over_limit("title", article.title.size(), max_title_bytes);
  if (article.body.size() > max_body_bytes)
    return over_limit("body", article.body.size(), max_body_bytes);
  return std::nullopt;
}

}  // namespace dateline::limits
