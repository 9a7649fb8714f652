#include "cgi_request.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "dates.h"
#include "errors.h"
#include "html_escape.h"
#include "text.h"

namespace dateline {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string url_decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '+') {
      out += ' ';
    } else if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 &&
               hex_value(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

unsigned bounded_number(const std::string& name, const std::string& value, unsigned lo,
                        unsigned hi) {
  unsigned n = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || end != value.data() + value.size() || n < lo || n > hi)
    throw UsageError(
        fmt::format("parameter '{}' must be a whole number from {} to {}", name, lo, hi));
  return n;
}

// Values are text for people: valid UTF-8, no control characters.
std::string clean_value(const std::string& name, const std::string& raw, std::size_t limit) {
  if (raw.size() > limit)
    throw UsageError(fmt::format("parameter '{}' is longer than {} bytes", name, limit));
  if (!is_valid_utf8(raw)) throw UsageError(fmt::format("parameter '{}' is not valid UTF-8", name));
  std::string out;
  for (char c : raw) out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? ' ' : c;
  return out;
}

// Dates arrive as a reader types them ("1987-03-09"): short.
constexpr std::size_t max_date_bytes = 32;

}  // namespace

std::vector<std::pair<std::string, std::string>> parse_arguments(int argc,
                                                                 const char* const* argv) {
  std::vector<std::pair<std::string, std::string>> pairs;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const auto eq = arg.find('=');
    pairs.emplace_back(arg.substr(0, eq),
                       eq == std::string_view::npos ? std::string_view() : arg.substr(eq + 1));
  }
  return pairs;
}

std::vector<std::pair<std::string, std::string>> parse_query_string(std::string_view qs) {
  if (qs.size() > max_query_string_bytes)
    throw UsageError(fmt::format("the request is longer than {} bytes", max_query_string_bytes));
  std::vector<std::pair<std::string, std::string>> pairs;
  while (!qs.empty()) {
    const auto amp = qs.find_first_of("&;");
    const std::string_view item = qs.substr(0, amp);
    qs.remove_prefix(amp == std::string_view::npos ? qs.size() : amp + 1);
    if (item.empty()) continue;
    const auto eq = item.find('=');
    pairs.emplace_back(url_decode(item.substr(0, eq)), eq == std::string_view::npos
                                                           ? std::string()
                                                           : url_decode(item.substr(eq + 1)));
  }
  return pairs;
}

CgiParams parse_cgi_params(const std::vector<std::pair<std::string, std::string>>& pairs) {
  CgiParams p;
  for (const auto& [name, value] : pairs) {
    if (name == "q") {
      p.q = clean_value(name, value, max_query_bytes);
    } else if (name == "place") {
      if (value.empty()) continue;
      if (p.places.size() >= max_places)
        throw UsageError(fmt::format("at most {} place filters", max_places));
      p.places.push_back(clean_value(name, value, max_value_bytes));
    } else if (name == "from" || name == "to") {
      const std::string v(trim(clean_value(name, value, max_date_bytes)));
      if (!v.empty()) {
        const auto day = parse_day_bound(v, name == "to");
        if (!day)
          throw UsageError(
              fmt::format("parameter '{}' is not a date (use 1987, 1987-03 or 1987-03-09)", name));
        require_news_year(*day, fmt::format("parameter '{}' '{}'", name, v));
      }
      (name == "from" ? p.from : p.to) = v;
    } else if (name == "sort") {
      if (value != "relevance" && value != "date")
        throw UsageError("parameter 'sort' must be relevance or date");
      p.sort = value;
    } else if (name == "page") {
      p.page = bounded_number(name, value, 1, max_page);
    } else if (name == "n") {
      p.per_page = bounded_number(name, value, 1, max_per_page);
    } else if (name == "format") {
      if (value != "html" && value != "json" && value != "atom" && value != "opensearch")
        throw UsageError("parameter 'format' must be html, json, atom or opensearch");
      p.format = value;
      p.json = value == "json";
    } else if (name == "id") {
      p.id = std::string(trim(clean_value(name, value, max_value_bytes)));
    }
    // Anything else is ignored: old links and crawlers' extras must not break the page.
  }
  return p;
}

SearchRequest to_search_request(const CgiParams& params) {
  SearchRequest r;
  r.query = params.q;
  r.places = params.places;
  if (!params.from.empty()) r.from = parse_day_bound(params.from, false);
  if (!params.to.empty()) r.to = parse_day_bound(params.to, true);
  r.sort = params.sort == "date" ? SortOrder::date : SortOrder::relevance;
  r.limit = params.per_page;
  r.offset = (params.page - 1) * params.per_page;
  r.facets = true;
  // The facet lists are as long as the terminal's (SearchRequest::facet_limit): the same output.
  r.max_cost = max_query_cost;
  const bool front_page =
      params.q.empty() && params.places.empty() && params.from.empty() && params.to.empty();
  if (front_page && !params.json) {
    // The front page browses the whole archive, newest first: every dated article.
    r.query = "date:..";
    r.sort = SortOrder::date;
  }
  if (params.format == "atom") {
    // A feed follows a search as it grows: its newest articles, without the side lists.
    r.sort = SortOrder::date;
    r.offset = 0;
    r.facets = false;
  }
  return r;
}

PageView page_view(const CgiParams& params) {
  return {params, max_query_bytes, max_places, max_page,
          [](const PageState& state) { return page_link(state); }};
}

std::string salvage_query(const std::vector<std::pair<std::string, std::string>>& pairs) {
  for (const auto& [name, value] : pairs) {
    if (name != "q") continue;
    try {
      return clean_value(name, value, max_query_bytes);
    } catch (const UsageError&) {
      return {};
    }
  }
  return {};
}

namespace {

bool only(std::string_view s, std::string_view allowed_punctuation) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [&](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           allowed_punctuation.find(c) != std::string_view::npos;
  });
}

}  // namespace

std::string page_base(const char* configured, const char* https, const char* host,
                      const char* script) {
  if (configured != nullptr && *configured != '\0') {
    const std::string_view c = configured;
    if ((c.starts_with("https://") || c.starts_with("http://")) && is_valid_utf8(c))
      return std::string(c);
    return {};
  }
  // The Host header is the client's: only a plain host name and port is taken from it.
  if (host == nullptr || script == nullptr || !only(host, ".-:[]") || !only(script, "/._~-"))
    return {};
  const bool secure = https != nullptr && std::string_view(https) == "on";
  return fmt::format("{}://{}{}", secure ? "https" : "http", host, script);
}

std::string page_link(const PageState& p) {
  std::string link = "?q=" + url_encode(p.q);
  for (const auto& place : p.places) link += "&place=" + url_encode(place);
  if (!p.from.empty()) link += "&from=" + url_encode(p.from);
  if (!p.to.empty()) link += "&to=" + url_encode(p.to);
  const PageState defaults;
  if (p.sort != defaults.sort) link += "&sort=" + url_encode(p.sort);
  if (p.page != defaults.page) link += fmt::format("&page={}", p.page);
  if (p.per_page != defaults.per_page) link += fmt::format("&n={}", p.per_page);
  return link;
}

}  // namespace dateline
