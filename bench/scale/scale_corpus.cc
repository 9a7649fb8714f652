// scale-corpus: Reuters-21578 scaled to N articles of the interchange JSON Lines, deterministic
// (the same N gives the same bytes), 1,000 articles a file. Article k is story a = k mod 21578:
// its title, date (moved back k / 21578 years), dateline, places and topics. The first 21,578
// carry the stories' own bodies; each later one leads with the start of a's first paragraph,
// then a paragraph of a story b drawn by a fixed-seed PRNG, then a's other paragraphs. Every
// lead (the first 40 words, which dateline's similarity key reads) is then its own, so no
// system searches a corpus of copies. Stories without a body stay without one, as in the
// real corpus.
//
//   scale-corpus [--reuters DIR] N OUT_DIR
#include <fmt/format.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "reuters_stories.h"
#include "splitmix64.h"

namespace {

using dateline::scale::splitmix64;
using dateline::scale::Story;

constexpr std::uint64_t seed = 0x5EEDDA7E11E13ULL;
constexpr std::size_t articles_per_file = 1000;
constexpr int lead_words_max = 24;  // of a's lead; the similarity key reads 40 words
constexpr int lead_words_min = 8;   // a sentence ending before this does not end the lead
constexpr int year_span = 87;       // 1987 back to 1901, then round again

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20)
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        else
          out += c;
    }
  }
  out += '"';
}

void append_json_list(std::string& out, const std::vector<std::string>& items) {
  out += '[';
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ',';
    append_json_string(out, items[i]);
  }
  out += ']';
}

// The first sentence of a paragraph, at most lead_words_max words.
std::string lead_of(const std::string& paragraph) {
  std::string out;
  int words = 0;
  std::size_t at = 0;
  while (at < paragraph.size() && words < lead_words_max) {
    std::size_t end = paragraph.find(' ', at);
    if (end == std::string::npos) end = paragraph.size();
    const std::string_view word = std::string_view(paragraph).substr(at, end - at);
    if (!out.empty()) out += ' ';
    out += word;
    ++words;
    at = end + 1;
    if (words >= lead_words_min && word.ends_with('.') && word.size() > 3) break;
  }
  return out;
}

std::string body_of(const std::vector<Story>& stories, const std::vector<std::size_t>& with_body,
                    std::size_t k) {
  const Story& a = stories[k % stories.size()];
  if (k < stories.size() || a.paragraphs.empty()) {
    std::string body;
    for (const auto& p : a.paragraphs) body += (body.empty() ? "" : "\n\n") + p;
    return body;
  }
  const std::uint64_t r = splitmix64(seed ^ k);
  std::size_t b = with_body[r % with_body.size()];
  if (b == k % stories.size()) b = with_body[(r + 1) % with_body.size()];
  const auto& other = stories[b].paragraphs;
  std::string body = lead_of(a.paragraphs[0]);
  body += "\n\n" + other[(r >> 32) % other.size()];
  for (std::size_t i = 1; i < a.paragraphs.size(); ++i) body += "\n\n" + a.paragraphs[i];
  return body;
}

std::string article(const std::vector<Story>& stories, const std::vector<std::size_t>& with_body,
                    std::size_t k) {
  const Story& a = stories[k % stories.size()];
  const int year = a.year - static_cast<int>((k / stories.size()) % year_span);
  std::string line = fmt::format("{{\"id\":\"scale-{}\",\"title\":", k);
  append_json_string(line, a.title);
  line += ",\"body\":";
  append_json_string(line, body_of(stories, with_body, k));
  // One DATE of the corpus has the hour 605 ("31-MAR-1987 605:12:19.12"): that one keeps its day.
  if (a.hour < 24 && a.minute < 60 && a.second < 60)
    line += fmt::format(",\"date\":\"{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z\"", year, a.month, a.day,
                        a.hour, a.minute, a.second);
  else
    line += fmt::format(",\"date\":\"{:04}-{:02}-{:02}\"", year, a.month, a.day);
  line += ",\"dateline\":";
  append_json_string(line, a.dateline);
  line += ",\"places\":";
  append_json_list(line, a.places);
  line += ",\"topics\":";
  append_json_list(line, a.topics);
  line += ",\"source\":\"Reuters\",\"language\":\"en\"}\n";
  return line;
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path reuters = DATELINE_SHARED_CORPORA "/reuters21578";
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() >= 2 && args[0] == "--reuters") {
    reuters = args[1];
    args.erase(args.begin(), args.begin() + 2);
  }
  if (args.size() != 2) {
    fmt::print(stderr, "usage: scale-corpus [--reuters DIR] N OUT_DIR\n");
    return 2;
  }
  try {
    const std::size_t n = std::stoul(args[0]);
    const std::filesystem::path out_dir = args[1];
    const auto stories = dateline::scale::read_reuters(reuters);
    std::vector<std::size_t> with_body;
    for (std::size_t i = 0; i < stories.size(); ++i)
      if (!stories[i].paragraphs.empty()) with_body.push_back(i);
    std::filesystem::create_directories(out_dir);
    for (std::size_t first = 0; first < n; first += articles_per_file) {
      const auto path = out_dir / fmt::format("articles-{:05}.jsonl", first / articles_per_file);
      std::FILE* out = std::fopen(path.c_str(), "wb");
      if (out == nullptr) throw std::runtime_error(path.string() + ": cannot write");
      for (std::size_t k = first; k < n && k < first + articles_per_file; ++k) {
        const std::string line = article(stories, with_body, k);
        std::fwrite(line.data(), 1, line.size(), out);
      }
      if (std::fclose(out) != 0) throw std::runtime_error(path.string() + ": write failed");
    }
  } catch (const std::exception& e) {
    fmt::print(stderr, "scale-corpus: {}\n", e.what());
    return 1;
  }
  return 0;
}
