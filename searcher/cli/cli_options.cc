#include "cli_options.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "dates.h"
#include "errors.h"
#include "recency.h"

namespace dateline {

namespace {

std::int32_t day_bound(const std::string& text, bool end, std::string_view option) {
  if (auto d = parse_day_bound(text, end))
    return require_news_year(*d, fmt::format("{} '{}'", option, text));
  throw UsageError(
      fmt::format("{} '{}': not a date (use 1987, 1987-03 or 1987-03-09)", option, text));
}

bool set(const char* variable) { return variable != nullptr && *variable != '\0'; }

}  // namespace

std::int64_t now_seconds(const CliEnvironment& env) {
  if (!set(env.dateline_now)) return env.clock;
  if (auto d = parse_date(env.dateline_now)) return d->unix_seconds;
  throw UsageError(
      fmt::format("DATELINE_NOW '{}': not a date (use 2025-12-10T00:00:00Z)", env.dateline_now));
}

TimeWindow recent_window(std::string_view text, std::int64_t now) {
  const auto span = parse_span(text);
  if (!span)
    throw UsageError(fmt::format("--recent '{}': not a span (use 36h, 7d, 2w, 3m or 1y)", text));
  if (!span_within_news_years(*span))
    throw UsageError(fmt::format("--recent '{}': longer than the years news is dated in ({} to {})",
                                 text, earliest_year, latest_year));
  return {span_start(*span, now), now};
}

DateGranularity granularity(std::string_view name) {
  if (name == "year") return DateGranularity::year;
  if (name == "month") return DateGranularity::month;
  if (name == "day") return DateGranularity::day;
  return DateGranularity::automatic;
}

bool use_color(std::string_view mode, const CliEnvironment& env) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  if (set(env.no_color)) return false;
  return env.stdout_is_terminal && !(env.term != nullptr && std::string_view(env.term) == "dumb");
}

SearchRequest search_request(const CliOptions& options, const CliEnvironment& env) {
  SearchRequest request = options.request;
  request.query.clear();
  for (const auto& w : options.words) request.query += (request.query.empty() ? "" : " ") + w;
  request.sort = options.sort == "date" ? SortOrder::date : SortOrder::relevance;
  if (!options.from.empty()) request.from = day_bound(options.from, false, "--from");
  if (!options.to.empty()) request.to = day_bound(options.to, true, "--to");
  if (!options.recent.empty()) request.recent = recent_window(options.recent, now_seconds(env));
  if (!options.recency.empty() &&
      (request.recency_half_life = parse_half_life(options.recency, now_seconds(env))) == 0)
    throw UsageError(
        fmt::format("--recency '{}': give a half-life such as 12h, 30d, 2w, 6m or 1y, at most {}y",
                    options.recency, latest_year - earliest_year));
  request.date_facet = granularity(options.date_facet);
  const auto weighting = weighting_from_name(options.weighting);
  if (!weighting)
    throw UsageError(fmt::format("--weighting '{}': give one of {}", options.weighting,
                                 fmt::join(weighting_names(), ", ")));
  request.weighting = *weighting;
  if (options.no_expand) request.expansion.on = false;
  return request;
}

}  // namespace dateline
