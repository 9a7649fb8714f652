// dateline-search's options as typed, and their meaning: the SearchRequest they ask for and
// whether to colour the output. main.cc only parses arguments into CliOptions; everything it
// needs from the environment (the clock, $NO_COLOR, $TERM, a terminal) is passed in here, so
// tests can pin it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "search_request.h"

namespace dateline {

struct CliOptions {
  SearchRequest request;           // the options that need no reading: --place, --limit, --all, ...
  std::vector<std::string> words;  // QUERY words, joined with spaces
  std::string from;                // --from 1987-03
  std::string to;                  // --to 1987
  std::string recent;              // --recent 7d
  std::string recency;             // --recency 30d
  std::string date_facet = "auto";
  std::string sort = "relevance";
  std::string color = "auto";
  std::string weighting = "bm25";  // --weighting (ranking.h)
  bool no_expand = false;          // --no-expand
};

// What the environment says about the run.
struct CliEnvironment {
  const char* dateline_now = nullptr;  // $DATELINE_NOW: pins the clock (tests, reports)
  const char* no_color = nullptr;      // $NO_COLOR
  const char* term = nullptr;          // $TERM
  bool stdout_is_terminal = false;
  std::int64_t clock = 0;  // the real time now, unix seconds
};

// Now: $DATELINE_NOW when set, else the clock. Throws UsageError when it is not a date.
std::int64_t now_seconds(const CliEnvironment& env);

// --recent SPAN as [now - SPAN, now]. Throws UsageError naming the option.
TimeWindow recent_window(std::string_view span, std::int64_t now);

// --date-facet's name; anything but year, month and day is automatic.
DateGranularity granularity(std::string_view name);

// --color auto|always|never: auto colours a terminal unless $NO_COLOR is set or $TERM is dumb.
bool use_color(std::string_view mode, const CliEnvironment& env);

// The request the options ask for. Throws UsageError for a bad date, span or half-life.
SearchRequest search_request(const CliOptions& options, const CliEnvironment& env);

}  // namespace dateline
