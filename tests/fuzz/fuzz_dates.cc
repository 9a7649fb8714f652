// Every date parser of common/dates.h on the same text: the sources' dates (parse_date), the
// filters' bounds (parse_day_bound) and the spans of --recent and --recency (parse_span). What
// parses must format and convert back without overflow (UBSan watches the arithmetic).
#include "dates.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace dateline;
  const std::string_view text = fuzz::as_text(data, size);
  if (const auto d = parse_date(text)) {
    (void)format_iso8601(d->unix_seconds, d->precision);
    (void)civil_from_days(days_of(d->unix_seconds));
  }
  for (const bool end : {false, true}) {
    if (const auto day = parse_day_bound(text, end)) {
      (void)plausible_year(civil_from_days(*day).year);
      (void)yyyymmdd(*day);
    }
  }
  if (const auto span = parse_span(text)) {
    fuzz::expect(span->count >= 1 && span->count <= 999999, "a span counts 1 to 999999");
    constexpr std::int64_t dec_5_2025 = 1764892800;
    (void)span_start(*span, dec_5_2025);
  }
  (void)recent_since(text, 0);
  (void)month_from_name(text);
  return 0;
}
