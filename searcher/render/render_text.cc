#include "render_text.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "count_phrase.h"
#include "dates.h"
#include "snippet_markup.h"
#include "text_layout.h"

namespace dateline {

namespace {

constexpr std::string_view bold = "\x1b[1m";
constexpr std::string_view dim = "\x1b[2m";
constexpr std::string_view reset = "\x1b[0m";
constexpr std::string_view underline = "\x1b[4m";
constexpr std::string_view no_underline = "\x1b[24m";

// Narrower than this and the hits' lines would wrap word by word.
constexpr unsigned min_width = 40;
// A hit's lines below its title start under the title, past "NNN. ".
constexpr std::string_view hit_indent = "     ";

}  // namespace

std::string terminal_safe(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u == '\n' || u == '\t') {
      out += ' ';
    } else if (u >= 0x20 && u != 0x7f) {
      out += c;
    }
  }
  return out;
}

std::string render_text(const Results& results, const SearchRequest& request,
                        const TextStyle& style) {
  const std::string_view on_bold = style.color ? bold : "";
  const std::string_view on_dim = style.color ? dim : "";
  const std::string_view off = style.color ? reset : "";
  const unsigned width = std::max(style.width, min_width);
  std::string out;
  std::string total = articles_phrase(results);
  if (const std::string stories = stories_phrase(results); !stories.empty()) total += " " + stories;
  if (results.partial()) out += terminal_safe(partial_phrase(results)) + "\n";
  if (!results.suggestion.empty())
    out += fmt::format("Did you mean: {}{}{}?\n", on_bold, terminal_safe(results.suggestion), off);
  if (results.hits.empty()) {
    out += results.estimate == 0
               ? std::string("No articles match.\n")
               : fmt::format("{} match; none past result {}.\n", total, request.offset);
  } else {
    out += fmt::format("{}{}{}, showing {}-{} ({:.3f}s){}\n\n", on_dim, total,
                       results.relaxed ? " with some of the words (none has them all)" : "",
                       results.hits.front().rank, results.hits.back().rank, results.seconds, off);
    if (!results.expansion.empty()) {
      std::string stems;
      for (const auto& t : results.expansion) stems += (stems.empty() ? "" : ", ") + t;
      out += wrap(fmt::format("{}Ranked also by words of the first hits: {} (--no-expand: by the "
                              "query's words alone){}",
                              on_dim, terminal_safe(stems), off),
                  width, "") +
             "\n\n";
    }
  }
  for (const auto& hit : results.hits) {
    const auto& d = hit.doc;
    // The headline is bold; its matches are underlined too.
    const std::string title =
        d.title.empty() ? std::string("(no title)")
                        : mark_snippet(marked_title(hit), style.color ? underline : "",
                                       style.color ? no_underline : "",
                                       [](std::string_view s) { return terminal_safe(s); });
    out += fmt::format("{:>3}. {}{}{}\n", hit.rank, on_bold, title, off);
    std::string meta = d.date ? format_iso8601(d.date->unix_seconds,
                                               std::min(d.date->precision, DatePrecision::day)) +
                                    date_source_note(d.date->source)
                              : std::string("date unknown");
    if (!d.places.empty()) {
      std::string places;
      for (const auto& p : d.places) places += (places.empty() ? "" : ", ") + p.name;
      meta += " · " + places;
    }
    if (!d.source.empty()) meta += " · " + d.source;
    meta += " · " + d.id;
    if (hit.score > 0) meta += fmt::format(" · score {:.2f}", hit.score);
    if (hit.similar > 0) meta += fmt::format(" · +{} similar", hit.similar);
    out += fmt::format("{}{}{}{}\n", hit_indent, on_dim, terminal_safe(meta), off);
    // The article's text cleaned, then our own escapes around the matches.
    const std::string snippet = mark_snippet(hit.snippet, on_bold, off,
                                             [](std::string_view s) { return terminal_safe(s); });
    if (!snippet.empty()) out += wrap(snippet, width - hit_indent.size(), hit_indent) + "\n";
    out += '\n';
  }
  if (results.facets) {
    const auto& f = *results.facets;
    // An estimate says so, and each of its counts is marked "about" (~).
    const std::string_view about = f.exact ? "" : "~";
    if (!f.exact)
      out += wrap(fmt::format("{}Estimated{} from a sample of {} matching articles spread over the "
                              "archive's days:",
                              on_bold, off, f.sampled),
                  width, "") +
             "\n";
    auto line = [&](std::string_view name, const std::vector<FacetCount>& counts, bool use_value) {
      if (counts.empty()) return;
      std::string items;
      for (const auto& c : counts)
        items += fmt::format("{}{} ({}{})", items.empty() ? "" : ", ",
                             terminal_safe(use_value ? c.value : c.label), about, c.count);
      out += wrap(fmt::format("{}{}:{} {}", on_bold, name, off, items), width, "");
      out += '\n';
    };
    line("Places", f.places, false);
    line("Countries", f.countries, false);
    // One line, at the granularity chosen for the match set's span (--date-facet).
    switch (f.date_granularity) {
      case DateGranularity::day:
        line("Days", f.days, true);
        break;
      case DateGranularity::month:
        line("Months", f.months, true);
        break;
      default:
        line("Years", f.years, true);
        break;
    }
    if (f.undated > 0) out += fmt::format("{}Undated:{} {}{}\n", on_bold, off, about, f.undated);
  }
  return out;
}

}  // namespace dateline
