// Measures the HTML reader on pages whose main content and metadata are known: Mozilla
// Readability's test pages (../shared/html-pages/NAME/{source.html, expected.html,
// expected-metadata.json}). For each page, what dateline-index would index is compared with
// Readability's: the title (exact, whitespace squeezed), the byline and the publication date
// (where the metadata gives them) and the main text's words (a bag of lower-cased words, each
// Chinese or Japanese character a word: precision, recall and F1 against expected.html's
// text). A measuring tool, not a test: tune on these pages, judge on others.
//
//   build/bench/html-extraction [--pages DIR] [--worst N] [--page NAME] [--table]
#include <fmt/format.h>
#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dates.h"
#include "file_io.h"
#include "readers/html_text.h"
#include "readers/reader.h"
#include "text.h"

using namespace dateline;
namespace fs = std::filesystem;

namespace {

struct Options {
  std::string pages = DATELINE_HTML_PAGES;
  std::size_t worst = 10;
  std::string page;    // print this page's text and word differences
  bool table = false;  // one line per page
};

using Bag = std::map<std::string, std::size_t>;

// Ideographs and kana are words of their own: those scripts put no spaces between words.
bool is_cjk(unsigned ch) {
  return (ch >= 0x2E80 && ch <= 0x9FFF) || (ch >= 0xF900 && ch <= 0xFAFF) ||
         (ch >= 0xAC00 && ch <= 0xD7AF) || (ch >= 0xFF66 && ch <= 0xFF9F);
}

Bag words_of(const std::string& text) {
  Bag bag;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) ++bag[word];
    word.clear();
  };
  for (Xapian::Utf8Iterator it(text); it != Xapian::Utf8Iterator(); ++it) {
    const unsigned ch = *it;
    if (is_cjk(ch)) {
      flush();
      Xapian::Unicode::append_utf8(word, ch);
      flush();
    } else if (Xapian::Unicode::is_wordchar(ch)) {
      Xapian::Unicode::append_utf8(word, Xapian::Unicode::tolower(ch));
    } else {
      flush();
    }
  }
  flush();
  return bag;
}

std::size_t total(const Bag& b) {
  std::size_t n = 0;
  for (const auto& [w, c] : b) n += c;
  return n;
}

std::size_t overlap(const Bag& a, const Bag& b) {
  std::size_t n = 0;
  for (const auto& [w, c] : a)
    if (auto it = b.find(w); it != b.end()) n += std::min(c, it->second);
  return n;
}

struct Prf {
  double p = 0, r = 0, f1 = 0;
};

Prf prf(std::size_t shared, std::size_t ours, std::size_t expected) {
  if (ours == 0 && expected == 0) return {1, 1, 1};
  Prf s;
  s.p = ours ? static_cast<double>(shared) / static_cast<double>(ours) : 0;
  s.r = expected ? static_cast<double>(shared) / static_cast<double>(expected) : 0;
  s.f1 = s.p + s.r > 0 ? 2 * s.p * s.r / (s.p + s.r) : 0;
  return s;
}

// Readability's bylines keep what surrounds the name on the page ("By\n Scott Cunningham",
// "by Lucas Nolan22 Dec 2016"): a byline is right when, lower-cased, squeezed and without a
// leading "by", one holds the other.
std::string byline_key(std::string_view s) {
  std::string k = ascii_lower(squeeze_spaces(s));
  for (std::string_view lead : {"written by ", "by "})
    if (k.starts_with(lead)) k.erase(0, lead.size());
  return k;
}

bool byline_matches(const std::string& ours, const std::string& expected) {
  const std::string a = byline_key(ours), b = byline_key(expected);
  return !a.empty() && (a.find(b) != std::string::npos || b.find(a) != std::string::npos);
}

// The same instant; for a date without a time, the same day.
bool date_matches(const std::optional<ArticleDate>& ours, const std::string& expected) {
  const auto e = parse_date(expected);
  if (!ours || !e) return false;
  if (ours->precision <= DatePrecision::day || e->precision <= DatePrecision::day)
    return ours->unix_seconds / 86400 == e->unix_seconds / 86400;
  return ours->unix_seconds == e->unix_seconds;
}

std::string read_file(const fs::path& p) {
  std::string error;
  auto content = read_whole_file(p.string(), error);
  return content ? std::move(*content) : std::string();
}

std::string json_text(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

struct PageResult {
  std::string name;
  bool title_ok = false;
  std::optional<bool> byline_ok, date_ok;
  std::size_t shared = 0, ours = 0, expected = 0;
  Prf text;
  std::string title, expected_title, byline, expected_byline;
  std::vector<std::string> problems;
};

PageResult measure(const fs::path& dir, const Options& opt) {
  PageResult r;
  r.name = dir.filename().string();
  const std::string source = read_file(dir / "source.html");
  const auto meta =
      nlohmann::json::parse(read_file(dir / "expected-metadata.json"), nullptr, false);
  const std::string expected_text = html_to_text(read_file(dir / "expected.html"));

  std::vector<Article> articles;
  ReaderOutput out{
      [&](Article&& a) { articles.push_back(std::move(a)); },
      [&](Problem&& p) { r.problems.push_back(fmt::format("{}: {}", p.line, p.reason)); }};
  const SourceFile file{r.name + "/source.html", (dir / "source.html").string()};
  read_articles(Format::html, source, file, out);
  const Article a = articles.empty() ? Article{} : articles.front();
  // The text as indexed: title apart, the dateline back in front of its paragraph (Readability
  // leaves it in the text).
  const std::string text = a.dateline.empty() ? a.body : a.dateline + " — " + a.body;

  r.title = squeeze_spaces(a.title);
  r.expected_title = squeeze_spaces(json_text(meta, "title"));
  r.title_ok = r.title == r.expected_title;
  r.byline = a.byline;
  r.expected_byline = json_text(meta, "byline");
  if (!r.expected_byline.empty()) r.byline_ok = byline_matches(a.byline, r.expected_byline);
  if (const std::string d = json_text(meta, "publishedTime"); !d.empty())
    r.date_ok = date_matches(a.date, d);

  const Bag ours = words_of(text), expected = words_of(expected_text);
  r.shared = overlap(ours, expected);
  r.ours = total(ours);
  r.expected = total(expected);
  r.text = prf(r.shared, r.ours, r.expected);

  if (opt.page == r.name) {
    fmt::print("title    {:?}\nexpected {:?}\nbyline   {:?} (expected {:?})\ndateline {:?}\n",
               a.title, r.expected_title, a.byline, r.expected_byline, a.dateline);
    for (const auto& p : r.problems) fmt::print("problem  {}\n", p);
    fmt::print("--- text ({} words) ---\n{}\n", r.ours, text);
    std::vector<std::string> extra, missing;
    for (const auto& [w, c] : ours)
      if (auto it = expected.find(w); it == expected.end() || it->second < c) extra.push_back(w);
    for (const auto& [w, c] : expected)
      if (auto it = ours.find(w); it == ours.end() || it->second < c) missing.push_back(w);
    fmt::print("--- extra words ({}) ---\n{}\n--- missing words ({}) ---\n{}\n", extra.size(),
               fmt::format("{}", fmt::join(extra, " ")), missing.size(),
               fmt::format("{}", fmt::join(missing, " ")));
  }
  return r;
}

std::string mark(const std::optional<bool>& ok) { return !ok ? "-" : *ok ? "yes" : "NO"; }

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        fmt::print(stderr, "html-extraction: {} needs a value\n", arg);
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--pages") {
      opt.pages = value();
    } else if (arg == "--worst") {
      opt.worst = std::stoul(value());
    } else if (arg == "--page") {
      opt.page = value();
    } else if (arg == "--table") {
      opt.table = true;
    } else {
      fmt::print(stderr,
                 "usage: html-extraction [--pages DIR] [--worst N] [--page NAME] [--table]\n");
      return 2;
    }
  }
  std::vector<fs::path> dirs;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(opt.pages, ec))
    if (e.is_directory() && fs::exists(e.path() / "source.html")) dirs.push_back(e.path());
  if (dirs.empty()) {
    fmt::print(stderr, "html-extraction: {}: no page folders (source.html)\n", opt.pages);
    return 1;
  }
  std::sort(dirs.begin(), dirs.end());

  std::vector<PageResult> results;
  for (const auto& d : dirs) results.push_back(measure(d, opt));
  if (!opt.page.empty()) return 0;

  std::size_t titles = 0, bylines = 0, bylines_known = 0, dates = 0, dates_known = 0;
  std::size_t shared = 0, ours = 0, expected = 0;
  Prf macro;
  if (opt.table)
    fmt::print("{:<32} {:>5} {:>6} {:>5} {:>6} {:>6} {:>6}\n", "page", "title", "byline", "date",
               "P", "R", "F1");
  for (const auto& r : results) {
    titles += r.title_ok;
    if (r.byline_ok) ++bylines_known, bylines += *r.byline_ok;
    if (r.date_ok) ++dates_known, dates += *r.date_ok;
    shared += r.shared, ours += r.ours, expected += r.expected;
    macro.p += r.text.p, macro.r += r.text.r, macro.f1 += r.text.f1;
    if (opt.table)
      fmt::print("{:<32} {:>5} {:>6} {:>5} {:>6.3f} {:>6.3f} {:>6.3f}\n", r.name,
                 r.title_ok ? "yes" : "NO", mark(r.byline_ok), mark(r.date_ok), r.text.p, r.text.r,
                 r.text.f1);
  }
  const auto n = static_cast<double>(results.size());
  const Prf micro = prf(shared, ours, expected);
  auto pct = [](std::size_t a, std::size_t b) {
    return b ? 100.0 * static_cast<double>(a) / static_cast<double>(b) : 0.0;
  };

  fmt::print("\nHTML extraction on {} ({} pages)\n\n", opt.pages, results.size());
  fmt::print("| measure | result |\n| --- | --- |\n");
  fmt::print("| title exact match | {} of {} ({:.1f}%) |\n", titles, results.size(),
             pct(titles, results.size()));
  fmt::print("| byline match (pages with a byline) | {} of {} ({:.1f}%) |\n", bylines,
             bylines_known, pct(bylines, bylines_known));
  fmt::print("| published date match (pages with a date) | {} of {} ({:.1f}%) |\n", dates,
             dates_known, pct(dates, dates_known));
  fmt::print("| main text, micro (all words) | P {:.3f}  R {:.3f}  F1 {:.3f} |\n", micro.p, micro.r,
             micro.f1);
  fmt::print("| main text, macro (mean of pages) | P {:.3f}  R {:.3f}  F1 {:.3f} |\n", macro.p / n,
             macro.r / n, macro.f1 / n);

  std::vector<const PageResult*> worst;
  for (const auto& r : results) worst.push_back(&r);
  std::sort(worst.begin(), worst.end(),
            [](const PageResult* a, const PageResult* b) { return a->text.f1 < b->text.f1; });
  fmt::print(
      "\n{} worst pages by main-text F1:\n\n| page | P | R | F1 | words (ours / expected) |\n"
      "| --- | --- | --- | --- | --- |\n",
      std::min(opt.worst, worst.size()));
  for (std::size_t i = 0; i < std::min(opt.worst, worst.size()); ++i)
    fmt::print("| {} | {:.3f} | {:.3f} | {:.3f} | {} / {} |\n", worst[i]->name, worst[i]->text.p,
               worst[i]->text.r, worst[i]->text.f1, worst[i]->ours, worst[i]->expected);

  fmt::print("\nTitles that differ:\n");
  for (const auto& r : results)
    if (!r.title_ok) fmt::print("  {}: {:?} (expected {:?})\n", r.name, r.title, r.expected_title);
  fmt::print("Bylines that differ:\n");
  for (const auto& r : results)
    if (r.byline_ok && !*r.byline_ok)
      fmt::print("  {}: {:?} (expected {:?})\n", r.name, r.byline, r.expected_byline);
  return 0;
}
