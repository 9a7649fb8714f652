#include "readers/record_limits.h"

#include <fmt/format.h>

namespace dateline::limits {

namespace {

// "record of 52428800 bytes is over the limit of 4194304 (rejected)".
std::string over_limit(std::string_view what, std::size_t size, std::size_t limit) {
  return fmt::format("{} of {} bytes is over the limit of {} (rejected)", what, size, limit);
}

}  // namespace

bool within_record_limit(const char* what, std::size_t size, std::size_t line, ReaderOutput& out) {
  if (size <= max_record_bytes) return true;
  out.problem({line, over_limit(what, size, max_record_bytes), Problem::Kind::rejected});
  return false;
}

bool within_document_limit(std::string_view what, std::size_t size, ReaderOutput& out) {
  if (size <= max_document_bytes) return true;
  out.problem({1, over_limit(what, size, max_document_bytes), Problem::Kind::rejected});
  return false;
}

std::optional<std::string> article_over_limits(const Article& article) {
  if (article.title.size() > max_title_bytes)
    return over_limit("title", article.title.size(), max_title_bytes);
  if (article.body.size() > max_body_bytes)
    return over_limit("body", article.body.size(), max_body_bytes);
  return std::nullopt;
}

ReaderOutput rejecting_over_limits(ReaderOutput& out) {
  return {[&out](Article&& a) {
            if (auto why = article_over_limits(a)) {
              out.problem({a.line, std::move(*why), Problem::Kind::rejected});
              return;
            }
            out.article(std::move(a));
          },
          out.problem};
}

}  // namespace dateline::limits
