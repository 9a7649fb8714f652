// common/dates.h recent_since: the spans --recent takes, counted back from a pinned "now".
// Instants computed with GNU date, e.g. date -u -d 2025-03-31T12:00:00Z +%s -> 1743422400.
#include <doctest/doctest.h>

#include <cstdint>
#include <vector>

#include "dates.h"

using dateline::recent_since;

TEST_SUITE("common") {
  TEST_CASE("--recent spans count hours, days and weeks back from now") {
    constexpr std::int64_t now = 1765324800;       // 2025-12-10T00:00:00Z
    CHECK(recent_since("7d", now) == 1764720000);  // 2025-12-03T00:00:00Z
    CHECK(recent_since("36h", now) == now - 36 * 3600);
    CHECK(recent_since("1h", now) == now - 3600);
    CHECK(recent_since("2w", now) == now - 14 * 86400);
    CHECK(recent_since(" 7d ", now) == 1764720000);
  }

  TEST_CASE("--recent months and years are calendar months, clamped to the month's end") {
    constexpr std::int64_t mar_31_noon = 1743422400;        // 2025-03-31T12:00:00Z
    CHECK(recent_since("1m", mar_31_noon) == 1740744000);   // 2025-02-28T12:00:00Z
    CHECK(recent_since("13m", mar_31_noon) == 1709208000);  // 2024-02-29T12:00:00Z
    CHECK(recent_since("1y", mar_31_noon) == 1711886400);   // 2024-03-31T12:00:00Z
    CHECK(recent_since("12m", mar_31_noon) == recent_since("1y", mar_31_noon));
  }

  TEST_CASE("malformed --recent spans are refused") {
    for (const char* bad :
         {"", "7", "d", "0d", "7x", "7D", "-7d", "7 d", "1.5d", "10000000h", "7dd"}) {
      CAPTURE(bad);
      CHECK_FALSE(recent_since(bad, 1765324800).has_value());
    }
  }

  TEST_CASE("parse_span reads the unit and count, and span_start counts calendar months back") {
    const auto span = dateline::parse_span("3m");
    REQUIRE(span.has_value());
    CHECK(span->count == 3);
    CHECK(span->unit == 'm');
    constexpr std::int64_t may_31_noon = 1748692800;                // 2025-05-31T12:00:00Z
    CHECK(dateline::span_start(*span, may_31_noon) == 1740744000);  // 2025-02-28T12:00:00Z
    CHECK_FALSE(dateline::parse_span("3x").has_value());
  }
}
