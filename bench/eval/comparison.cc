#include "comparison.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <optional>

#include "significance.h"

namespace dateline::eval {

namespace {

struct Metric {
  const char* name;
  std::function<double(const Scores&)> value;
};

const std::vector<Metric>& metrics() {
  static const std::vector<Metric> all{
      {"MAP", [](const Scores& s) { return s.ap; }},
      {"nDCG@10", [](const Scores& s) { return s.ndcg10; }},
      {"P@10", [](const Scores& s) { return s.p10; }},
      {"R@100", [](const Scores& s) { return s.r100; }},
  };
  return all;
}

const SystemRun* find(const CollectionRun& run, const std::string& name) {
  for (const auto& s : run.systems)
    if (s.system == name) return &s;
  return nullptr;
}

double mean(const std::vector<double>& v) {
  double s = 0;
  for (double x : v) s += x;
  return v.empty() ? 0 : s / static_cast<double>(v.size());
}

std::vector<double> values(const SystemRun& s, const Metric& m) {
  std::vector<double> out;
  for (const auto& q : s.per_query) out.push_back(m.value(q));
  return out;
}

Differences differences(const SystemRun& a, const SystemRun& b, const Metric& m) {
  Differences d;
  for (std::size_t i = 0; i < a.per_query.size() && i < b.per_query.size(); ++i)
    d.push_back(m.value(a.per_query[i]) - m.value(b.per_query[i]));
  return d;
}

struct Comparison {
  double a = 0;  // macro means
  double b = 0;
  double p = 1;
};

// `a` against `b` on metric `m` over the runs given (one collection, or all for the average).
std::optional<Comparison> compare(const std::vector<const CollectionRun*>& runs,
                                  const std::string& a, const std::string& b, const Metric& m) {
  std::vector<Differences> diffs;
  Comparison c;
  for (const CollectionRun* run : runs) {
    const SystemRun* sa = find(*run, a);
    const SystemRun* sb = find(*run, b);
    if (sa == nullptr || sb == nullptr) return std::nullopt;
    c.a += mean(values(*sa, m));
    c.b += mean(values(*sb, m));
    diffs.push_back(differences(*sa, *sb, m));
  }
  if (runs.empty()) return std::nullopt;
  c.a /= static_cast<double>(runs.size());
  c.b /= static_cast<double>(runs.size());
  c.p = randomisation_p(diffs);
  return c;
}

std::string p_text(double p) { return p < 0.001 ? "<0.001" : fmt::format("{:.3f}", p); }

std::string relative(double a, double b) {
  return b > 0 ? fmt::format("{:+.1f}%", 100.0 * (a - b) / b) : "n/a";
}

std::vector<std::pair<std::string, std::vector<const CollectionRun*>>> groups(
    const std::vector<CollectionRun>& runs) {
  std::vector<std::pair<std::string, std::vector<const CollectionRun*>>> out;
  std::vector<const CollectionRun*> all;
  for (const auto& r : runs) {
    out.push_back({r.collection, {&r}});
    all.push_back(&r);
  }
  if (runs.size() > 1) out.push_back({"average", all});
  return out;
}

double percentile(std::vector<double> v, double q) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const auto i = static_cast<std::size_t>(q * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

}  // namespace

std::string format_comparisons(const std::vector<CollectionRun>& runs, const std::string& system,
                               const std::vector<std::string>& against, bool markdown) {
  std::string out;
  if (markdown) {
    out += "| collection | against | MAP | change | p | nDCG@10 | p | P@10 | p | R@100 | p |\n";
    out += "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n";
  } else {
    out += fmt::format(
        "{} against each system: differences of the means, paired randomisation "
        "test (10,000 sign flips, two-sided)\n",
        system);
    out += fmt::format("  {:<10} {:<16} {:>8} {:>7} {:>6}  {:>8} {:>6}  {:>8} {:>6}  {:>8} {:>6}\n",
                       "collection", "against", "MAP", "change", "p", "nDCG@10", "p", "P@10", "p",
                       "R@100", "p");
  }
  for (const auto& [name, group] : groups(runs)) {
    for (const auto& other : against) {
      std::vector<std::string> cells;
      std::string change;
      bool ok = true;
      for (const Metric& m : metrics()) {
        const auto c = compare(group, system, other, m);
        if (!c) {
          ok = false;
          break;
        }
        if (cells.empty()) change = relative(c->a, c->b);
        cells.push_back(fmt::format("{:+.4f}", c->a - c->b));
        cells.push_back(p_text(c->p));
      }
      if (!ok) continue;
      if (markdown) {
        out += fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n", name,
                           other, cells[0], change, cells[1], cells[2], cells[3], cells[4],
                           cells[5], cells[6], cells[7]);
      } else {
        out += fmt::format(
            "  {:<10} {:<16} {:>8} {:>7} {:>6}  {:>8} {:>6}  {:>8} {:>6}  {:>8} {:>6}\n", name,
            other, cells[0], change, cells[1], cells[2], cells[3], cells[4], cells[5], cells[6],
            cells[7]);
      }
    }
  }
  return out;
}

std::string format_variants(const std::vector<CollectionRun>& runs, const std::string& prefix,
                            const std::string& baseline, bool markdown) {
  if (runs.empty()) return "";
  std::string out;
  std::string head = markdown ? "| system |" : fmt::format("  {:<28}", "system");
  for (const auto& r : runs)
    head += markdown ? fmt::format(" {} MAP |", r.collection) : fmt::format(" {:>8}", r.collection);
  head += markdown ? " average MAP | change | p | loses on |\n"
                   : fmt::format(" {:>8} {:>7} {:>6}  {}\n", "average", "change", "p", "loses on");
  if (markdown) {
    out += head + "| ---";
    for (std::size_t i = 0; i < runs.size() + 3; ++i) out += " | ---:";
    out += " | --- |\n";
  } else {
    out += fmt::format("Variants against {} on MAP (p: paired randomisation test)\n", baseline);
    out += head;
  }
  const Metric& map = metrics().front();
  std::vector<const CollectionRun*> all;
  for (const auto& r : runs) all.push_back(&r);
  for (const auto& s : runs.front().systems) {
    if (s.system.rfind(prefix, 0) != 0) continue;
    std::string line =
        markdown ? fmt::format("| {} |", s.system) : fmt::format("  {:<28}", s.system);
    std::string loses;
    for (const auto& r : runs) {
      const SystemRun* v = find(r, s.system);
      const SystemRun* b = find(r, baseline);
      const double mv = v ? mean(values(*v, map)) : 0;
      line += markdown ? fmt::format(" {:.4f} |", mv) : fmt::format(" {:>8.4f}", mv);
      if (v && b && mv < mean(values(*b, map))) loses += (loses.empty() ? "" : ", ") + r.collection;
    }
    const auto c = compare(all, s.system, baseline, map);
    if (!c) continue;
    if (markdown) {
      line += fmt::format(" {:.4f} | {} | {} | {} |\n", c->a, relative(c->a, c->b),
                          s.system == baseline ? "" : p_text(c->p), loses.empty() ? "-" : loses);
    } else {
      line += fmt::format(" {:>8.4f} {:>7} {:>6}  {}\n", c->a, relative(c->a, c->b),
                          s.system == baseline ? "" : p_text(c->p), loses.empty() ? "-" : loses);
    }
    out += line;
  }
  return out;
}

std::string format_latency(const std::vector<CollectionRun>& runs, const std::string& baseline) {
  std::vector<std::pair<std::string, std::vector<double>>> times;
  for (const auto& r : runs)
    for (const auto& s : r.systems) {
      auto it = std::find_if(times.begin(), times.end(),
                             [&](const auto& t) { return t.first == s.system; });
      if (it == times.end()) it = times.insert(times.end(), {s.system, {}});
      it->second.insert(it->second.end(), s.query_seconds.begin(), s.query_seconds.end());
    }
  double base_p50 = 0;
  for (const auto& [name, t] : times)
    if (name == baseline) base_p50 = percentile(t, 0.5);
  std::string out = fmt::format(
      "Per-query latency over every collection's queries (dateline: a process per query, the "
      "evaluation's depth of hits as csv, no snippets)\n  {:<28} {:>8} {:>8} {:>10}\n",
      "system", "p50 ms", "p90 ms", "p50 ratio");
  for (const auto& [name, t] : times) {
    const double p50 = percentile(t, 0.5);
    out += fmt::format("  {:<28} {:>8.1f} {:>8.1f} {:>10}\n", name, 1000 * p50,
                       1000 * percentile(t, 0.9),
                       base_p50 > 0 ? fmt::format("{:.2f}x", p50 / base_p50) : "");
  }
  return out;
}

}  // namespace dateline::eval
