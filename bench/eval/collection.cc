#include "collection.h"

#include <fmt/format.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace dateline::eval {

namespace fs = std::filesystem;

namespace {

std::vector<std::string> read_lines(const fs::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error(fmt::format("{}: cannot read", file.string()));
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    // MED pads its lines with spaces to 72 columns; the padding is no part of the text.
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t'))
      line.pop_back();
    lines.push_back(std::move(line));
  }
  return lines;
}

std::string trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  return std::string(s.substr(b, s.find_last_not_of(" \t") - b + 1));
}

// Queries go to every system as one line with single spaces: a newline in a query is layout.
std::string one_line(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

// A SMART record: `.I 12` then fields, each a line `.T`, `.A`, `.B` or `.W` followed by its text
// lines (cran.all.1400, cran.qry, MED.ALL, MED.QRY).
struct SmartRecord {
  std::string id;
  std::map<char, std::string> fields;
};

bool is_field_marker(const std::string& line) {
  return line.size() >= 2 && line[0] == '.' && line[1] >= 'A' && line[1] <= 'Z' &&
         (line.size() == 2 || line[2] == ' ');
}

std::vector<SmartRecord> read_smart(const fs::path& file) {
  std::vector<SmartRecord> records;
  char field = 0;
  for (const auto& line : read_lines(file)) {
    if (is_field_marker(line) && line[1] == 'I') {
      records.push_back({trim(line.substr(2)), {}});
      field = 0;
    } else if (is_field_marker(line)) {
      field = line[1];
      if (!records.empty()) records.back().fields[field];
    } else if (!records.empty() && field != 0) {
      std::string& text = records.back().fields[field];
      if (!text.empty()) text += '\n';
      text += line;
    }
  }
  return records;
}

// NPL's records: an id line, text lines, and a line "/" (indented in doc-text and rlv-ass;
// rlv-ass's last record ends at the end of the file without one).
//   1
//   compact memories have flexible capacities  a digital data storage
//      /
struct SlashRecord {
  std::string id;
  std::string text;
};

std::vector<SlashRecord> read_slash_records(const fs::path& file) {
  std::vector<SlashRecord> records;
  bool open = false;
  for (const auto& line : read_lines(file)) {
    const std::string t = trim(line);
    if (t == "/") {
      open = false;
    } else if (!open) {
      if (t.empty()) continue;
      records.push_back({t, {}});
      open = true;
    } else {
      std::string& text = records.back().text;
      if (!text.empty()) text += '\n';
      text += line;
    }
  }
  return records;
}

void add_document(Collection& c, std::string id, std::string title, std::string body) {
  if (trim(title).empty() && trim(body).empty()) {
    ++c.empty_documents;  // CRAN 471 and 995: nothing any system could index
    return;
  }
  c.documents.push_back({std::move(id), std::move(title), std::move(body)});
}

std::vector<std::string> words(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

int to_int(const std::string& s, const fs::path& file) {
  try {
    return std::stoi(s);
  } catch (const std::exception&) {
    throw std::runtime_error(fmt::format("{}: '{}' is not a number", file.string(), s));
  }
}

}  // namespace

// cranqrel: `1 184 2` (query, document, Cleverdon's grade 1-4, 1 the best), and one line graded
// -1 per query, which is no judgment. The queries are numbered 1-225 in the order of cran.qry,
// whose own .I numbers (001, 002, 004 ... 365) are not.
Collection read_cran(const fs::path& dir) {
  Collection c;
  c.name = "CRAN";
  c.gains = "grades 1-4 relevant, gain 5 - grade (1, the best, gains 4); -1 lines ignored";
  for (auto& r : read_smart(dir / "cran.all.1400"))
    add_document(c, r.id, r.fields['T'], r.fields['W']);
  std::size_t n = 0;
  for (auto& r : read_smart(dir / "cran.qry"))
    c.queries.push_back({std::to_string(++n), one_line(r.fields['W'])});
  const fs::path qrels = dir / "cranqrel";
  for (const auto& line : read_lines(qrels)) {
    const auto w = words(line);
    if (w.empty()) continue;
    if (w.size() != 3)
      throw std::runtime_error(
          fmt::format("{}: '{}': expected 'query document grade'", qrels.string(), line));
    const int grade = to_int(w[2], qrels);
    if (grade < 1 || grade > 4) continue;
    c.judgments[w[0]][w[1]] = 5.0 - grade;
  }
  return c;
}

// MED.REL: `1 0 13 1` (query, 0, document, 1): binary judgments.
Collection read_med(const fs::path& dir) {
  Collection c;
  c.name = "MED";
  c.gains = "binary (gain 1)";
  for (auto& r : read_smart(dir / "MED.ALL")) add_document(c, r.id, "", r.fields['W']);
  for (auto& r : read_smart(dir / "MED.QRY")) c.queries.push_back({r.id, one_line(r.fields['W'])});
  const fs::path qrels = dir / "MED.REL";
  for (const auto& line : read_lines(qrels)) {
    const auto w = words(line);
    if (w.empty()) continue;
    if (w.size() != 4)
      throw std::runtime_error(
          fmt::format("{}: '{}': expected 'query 0 document 1'", qrels.string(), line));
    if (to_int(w[3], qrels) > 0) c.judgments[w[0]][w[2]] = 1.0;
  }
  return c;
}

// rlv-ass: per query, its id line and the relevant documents' ids: binary judgments.
Collection read_npl(const fs::path& dir) {
  Collection c;
  c.name = "NPL";
  c.gains = "binary (gain 1)";
  for (auto& r : read_slash_records(dir / "doc-text")) add_document(c, r.id, "", r.text);
  for (auto& r : read_slash_records(dir / "query-text"))
    c.queries.push_back({r.id, one_line(r.text)});
  for (auto& r : read_slash_records(dir / "rlv-ass"))
    for (const auto& doc : words(r.text)) c.judgments[r.id][doc] = 1.0;
  return c;
}

}  // namespace dateline::eval
