// Helpers every reader shares: a new Article stamped with where it came from, checked UTF-8,
// and dates from the source's metadata.
#include <fmt/format.h>

#include <algorithm>

#include "dates.h"
#include "readers/reader.h"
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
  const std::size_t bad = first_invalid_utf8(text);
  if (bad == std::string_view::npos) return std::string(text);
  // Name the line holding the first bad byte, not the record's first line.
  const auto lines_before =
      std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(bad), '\n');
  out.problem({line + static_cast<std::size_t>(lines_before),
               "invalid UTF-8 (stray bytes read as Latin-1)", Problem::Kind::warning});
  return repair_utf8(text);
}

void warn_if_bodiless(const Article& a, ReaderOutput& out) {
  if (a.body.empty() && !a.title.empty())
    out.problem({a.line, "empty body (indexed by its title alone)", Problem::Kind::warning});
}

std::optional<ArticleDate> metadata_date(std::string_view text, std::size_t line,
                                         std::string_view what, ReaderOutput& out) {
  if (trim(text).empty()) return std::nullopt;
  if (auto d = parse_date(text))
    return ArticleDate{d->unix_seconds, d->precision, DateSource::metadata};
  out.problem({line, fmt::format("unrecognised {} '{}' (indexed without a date)", what, text),
               Problem::Kind::warning});
  return std::nullopt;
}

}  // namespace dateline::detail
