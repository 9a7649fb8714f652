// The wire dateline ("NEW YORK, March 3") and the dates an article's text gives, settled with
// its file's time as the pipeline settles them (settle_date): the day of a dateline takes its
// year from a file time anyone can set (`touch -d`), so the times are fuzzed too.
//
// Input, one field a line: dateline, file time, neighbour's date (unix seconds; empty: none),
// then the body.
#include <charconv>

#include "date_evidence.h"
#include "fuzz_support.h"
#include "places/place_resolver.h"

namespace {

std::optional<std::int64_t> seconds(std::string_view text) {
  std::int64_t n = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace dateline;
  const auto f = fuzz::fields(fuzz::as_text(data, size), 4);
  (void)dateline_day(f[0]);
  (void)dateline_place_name(f[0]);
  (void)find_written_date(f[3]);
  (void)find_publication_date(f[3]);
  Article a;
  a.dateline = std::string(f[0]);
  a.body = std::string(f[3]);
  settle_date(a, DateEvidence{std::nullopt, seconds(f[1]), seconds(f[2]), std::nullopt});
  if (a.date) (void)format_iso8601(a.date->unix_seconds, a.date->precision);
  return 0;
}
