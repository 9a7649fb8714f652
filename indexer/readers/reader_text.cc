// Plain-text articles as scraped from news sites, and the BBC corpus layout:
//
//   U.S. and Ukrainian Officials Extend Talks into Third Consecutive Day
//
//   MIAMI — U.S. special envoy Steve Witkoff held two days of “productive” talks ...
//
// Headline on the first line, a blank line, paragraphs separated by blank lines. A dateline may
// open the first paragraph; a byline ("By ...") and a publisher line may close the article; page
// furniture (advertisement markers, cookie banners, "Read More") is dropped, never indexed.
#include <algorithm>
#include <array>
#include <vector>

#include "readers/leading_dateline.h"
#include "readers/reader.h"
#include "text.h"

namespace dateline::detail {

namespace {

struct Paragraph {
  std::string text;                // lines joined with spaces
  std::size_t line;                // first line, 1-based
  std::vector<std::string> lines;  // as in the file, each squeezed
};

std::vector<Paragraph> paragraphs_of(const std::vector<std::string_view>& lines, std::size_t from) {
  std::vector<Paragraph> out;
  std::string current;
  std::vector<std::string> current_lines;
  std::size_t start = 0;
  for (std::size_t i = from; i <= lines.size(); ++i) {
    const bool blank = i == lines.size() || trim(lines[i]).empty();
    if (blank) {
      if (!current.empty()) {
        out.push_back({squeeze_spaces(current), start, std::move(current_lines)});
      }
      current.clear();
      current_lines.clear();
      continue;
    }
    if (current.empty()) start = i + 1;
    current += ' ';
    current += lines[i];
    current_lines.push_back(squeeze_spaces(lines[i]));
  }
  return out;
}

// Lower-case ASCII letters only: the comparison key for furniture phrases.
std::string letters_key(std::string_view s) {
  std::string key;
  for (char c : s) {
    const char l = ascii_lower(c);
    if ((l >= 'a' && l <= 'z') || l == ' ') key += l;
  }
  return squeeze_spaces(key);
}

bool is_furniture(std::string_view paragraph) {
  static constexpr std::array<std::string_view, 14> whole{"advertisement",
                                                          "advertisements",
                                                          "read more",
                                                          "continue reading",
                                                          "share",
                                                          "share this",
                                                          "share this article",
                                                          "subscribe",
                                                          "sign up",
                                                          "related",
                                                          "related articles",
                                                          "story continues below advertisement",
                                                          "skip advertisement",
                                                          "accept"};
  const std::string key = letters_key(paragraph);
  if (key.empty()) return true;  // rules, bullets, lone punctuation
  for (auto w : whole)
    if (key == w) return true;
  static constexpr std::array<std::string_view, 5> inside{"website uses cookies", "we use cookies",
                                                          "this site uses cookies", "cookie policy",
                                                          "accept all cookies"};
  for (auto w : inside)
    if (key.find(w) != std::string::npos) return true;
  return false;
}

// A byline or a publisher's line is one short line: longer, it is a paragraph of the story.
constexpr std::size_t max_credit_line_bytes = 120;
// A byline names a few people; with more than 10 spaces the line is a sentence.
constexpr std::ptrdiff_t max_byline_spaces = 10;

// "By Abdiwahab Ahmed", "By Jane Doe and John Roe": short, opens with "By ".
bool is_byline(std::string_view p) {
  return (p.starts_with("By ") || p.starts_with("BY ")) && p.size() <= max_credit_line_bytes &&
         std::count(p.begin(), p.end(), ' ') <= max_byline_spaces;
}

// "By " alone also opens sentences ("By early 2005 the net could have...", BBC tech/118): a
// byline is "By " and a few names, capitalised but for the particles that join them.
bool is_name_byline(std::string_view line) {
  if (!is_byline(line)) return false;
  static constexpr std::array<std::string_view, 9> particles{"and", "in",  "de",  "del", "da",
                                                             "van", "von", "bin", "al"};
  std::size_t words = 0;
  for (std::size_t i = 3; i < line.size();) {
    const auto end = std::min(line.find(' ', i), line.size());
    const std::string_view word = line.substr(i, end - i);
    i = end + 1;
    if (word.empty()) continue;
    const auto first = static_cast<unsigned char>(word[0]);
    const bool capitalised = (first >= 'A' && first <= 'Z') || first >= 0x80;
    if (!capitalised && std::find(particles.begin(), particles.end(), word) == particles.end()) {
      return false;
    }
    ++words;
  }
  return words >= 1 && words <= 8;
}

// The publisher's name is the run of capitalised words that opens its line:
// "Axadle Times international–Monitoring." -> "Axadle Times".
std::string publisher_name(std::string_view line) {
  std::string name;
  std::size_t i = 0;
  while (i < line.size()) {
    const auto end = line.find_first_of(" \t", i);
    const std::string_view word = line.substr(i, end == std::string_view::npos ? end : end - i);
    const auto first = static_cast<unsigned char>(word.empty() ? 0 : word[0]);
    if (!(first >= 'A' && first <= 'Z')) break;
    if (!name.empty()) name += ' ';
    name += word;
    if (end == std::string_view::npos) break;
    i = end + 1;
  }
  while (!name.empty() && (name.back() == '.' || name.back() == ',')) name.pop_back();
  return name.empty() ? std::string(trim(line)) : name;
}

}  // namespace

void read_text(std::string_view content, const SourceFile& file, ReaderOutput& out) {
  if (content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3);
  const std::string text = checked_utf8(content, 1, out);
  const auto lines = split_lines(text);
  std::size_t first = 0;
  while (first < lines.size() && trim(lines[first]).empty()) ++first;
  if (first == lines.size()) {
    out.problem({1, "empty article", Problem::Kind::rejected});
    return;
  }

  Article a = new_article("text", file, first + 1);
  a.id = file.id_path();
  a.title = squeeze_spaces(lines[first]);

  auto paragraphs = paragraphs_of(lines, first + 1);
  std::erase_if(paragraphs, [](const Paragraph& p) { return is_furniture(p.text); });

  // Byline and publisher close the article: "By Abdiwahab Ahmed" then "Axadle Times ...", as
  // two paragraphs or as the two lines of one (the scraped corpus does the latter). Never the
  // first paragraph: a byline there opens the story, and everything after it is the story.
  for (std::size_t i = paragraphs.size(); i-- > 1 && paragraphs.size() - i <= 2;) {
    const Paragraph& p = paragraphs[i];
    if (p.lines.size() == 2 && is_name_byline(p.lines[0]) &&
        p.lines[1].size() <= max_credit_line_bytes) {
      a.byline = std::string(trim(std::string_view(p.lines[0]).substr(3)));
      a.source = publisher_name(p.lines[1]);
      paragraphs.erase(paragraphs.begin() + static_cast<std::ptrdiff_t>(i), paragraphs.end());
      break;
    }
    if (!is_name_byline(p.text)) continue;
    a.byline = std::string(trim(std::string_view(p.text).substr(3)));
    if (i + 1 < paragraphs.size() && paragraphs[i + 1].text.size() <= max_credit_line_bytes) {
      a.source = publisher_name(paragraphs[i + 1].text);
    }
    paragraphs.erase(paragraphs.begin() + static_cast<std::ptrdiff_t>(i), paragraphs.end());
    break;
  }
  // ... or open it, right after the headline.
  if (a.byline.empty() && !paragraphs.empty() && is_name_byline(paragraphs.front().text)) {
    a.byline = std::string(trim(std::string_view(paragraphs.front().text).substr(3)));
    paragraphs.erase(paragraphs.begin());
  }

  if (!paragraphs.empty()) {
    if (auto dl = split_dateline(paragraphs.front().text)) {
      a.dateline = dl->first;
      paragraphs.front().text = dl->second;
    }
  }
  for (const auto& p : paragraphs) {
    if (!a.body.empty()) a.body += "\n\n";
    a.body += p.text;
  }
  if (a.body.empty() && a.title.empty()) {
    out.problem({a.line, "empty article", Problem::Kind::rejected});
    return;
  }
  warn_if_bodiless(a, out);
  out.article(std::move(a));
}

}  // namespace dateline::detail
