// Helpers every reader shares: a new Article stamped with where it came from, checked UTF-8,
// and dates from the source's metadata.
#include <fmt/format.h>

#include "dates.h"
#include "reader.h"
#include "text.h"

namespace dateline::detail {

Article new_article(std::string_view format, const SourceFile& file, std::size_t line) {
  Article a;
  a.format = format;
  a.origin = file.display_path;
  a.line = line;
  return a;
}

std::string checked_utf8(std::string_view text, std::size_t line, ReaderOutput& out) {
  if (is_valid_utf8(text)) return std::string(text);
  out.problem({line, "invalid UTF-8 (stray bytes read as Latin-1)", Problem::Kind::warning});
  return repair_utf8(text);
}

std::optional<ArticleDate> metadata_date(std::string_view text, std::size_t line, std::string_view what,
                                         ReaderOutput& out) {
  if (trim(text).empty()) return std::nullopt;
  if (auto d = parse_date(text)) return ArticleDate{d->unix_seconds, d->precision, DateSource::metadata};
  out.problem({line, fmt::format("unrecognised {} '{}' (indexed without a date)", what, text),
               Problem::Kind::warning});
  return std::nullopt;
}

}  // namespace dateline::detail
