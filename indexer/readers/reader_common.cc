// Helpers every reader shares: a new Article stamped with where it came from, checked UTF-8,
// and dates from the source's metadata.
#include <fmt/format.h>

#include <algorithm>

#include "dates.h"
#include "log_text.h"
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
  // Name the line holding the first bad byte, not the record's first line.
  auto line_of = [&](std::string_view t, std::size_t at) {
    return line + static_cast<std::size_t>(
                      std::count(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
  };
  std::string repaired;
  const std::size_t bad = first_invalid_utf8(text);
  if (bad == std::string_view::npos) {
    repaired = std::string(text);
  } else {
    out.problem({line_of(text, bad), "invalid UTF-8 (stray bytes read as Latin-1)",
                 Problem::Kind::warning});
    repaired = repair_utf8(text);
  }
  // A NUL byte is damage, not text: removed, the rest of the record kept.
  if (const auto nul = repaired.find('\0'); nul != std::string::npos) {
    out.problem({line_of(repaired, nul), "NUL byte removed", Problem::Kind::warning});
    std::erase(repaired, '\0');
  }
  return repaired;
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
  out.problem({line,
               fmt::format("unrecognised {} '{}' (indexed without a date)", what, excerpt(text)),
               Problem::Kind::warning});
  return std::nullopt;
}

}  // namespace dateline::detail
