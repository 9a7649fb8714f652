#include "render_csv.h"

#include <fmt/format.h>

#include "dates.h"

namespace dateline {

std::string csv_field(std::string_view value) {
  // A field that could start a formula in a spreadsheet (= + - @, or a tab or return before
  // one) is prefixed with an apostrophe, as OWASP advises for CSV files opened by people.
  std::string text(value);
  if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
                        text[0] == '\t' || text[0] == '\r'))
    text.insert(0, 1, '\'');
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string render_csv(const Results& results) {
  std::string out = "id,date,title,places,url,score\r\n";
  for (const auto& hit : results.hits) {
    const auto& d = hit.doc;
    std::string places;
    for (const auto& p : d.places) places += (places.empty() ? "" : "; ") + p.name;
    const std::string date =
        d.date ? format_iso8601(d.date->unix_seconds, d.date->precision) : std::string();
    out += fmt::format("{},{},{},{},{},{:.3f}\r\n", csv_field(d.id), csv_field(date),
                       csv_field(d.title), csv_field(places), csv_field(d.url), hit.score);
  }
  return out;
}

}  // namespace dateline
