#include "reuters_stories.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string_view>

namespace dateline::scale {

namespace {

// The text between <TAG> and </TAG> (or <TAG ...>), or empty.
std::string_view element(std::string_view record, std::string_view tag) {
  const std::string open = "<" + std::string(tag);
  std::size_t start = record.find(open + ">");
  if (start == std::string_view::npos) start = record.find(open + " ");
  if (start == std::string_view::npos) return {};
  start = record.find('>', start);
  if (start == std::string_view::npos) return {};
  ++start;
  const std::size_t end = record.find("</" + std::string(tag) + ">", start);
  if (end == std::string_view::npos) return record.substr(start);
  return record.substr(start, end - start);
}

std::string attribute(std::string_view record, std::string_view name) {
  const std::string key = " " + std::string(name) + "=\"";
  const std::size_t start = record.find(key);
  if (start == std::string_view::npos) return {};
  const std::size_t from = start + key.size();
  const std::size_t end = record.find('"', from);
  return std::string(record.substr(from, end - from));
}

void append_utf8(std::string& out, unsigned code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else {  // Latin-1 only: two bytes
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

// &lt; &gt; &amp; and &#N;; control characters (the wire's framing, &#3; and friends) dropped.
std::string decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '&') {
      const std::size_t semi = text.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 6) {
        const std::string_view name = text.substr(i + 1, semi - i - 1);
        if (name == "lt") out += '<';
        if (name == "gt") out += '>';
        if (name == "amp") out += '&';
        if (!name.empty() && name[0] == '#') {
          const unsigned code = static_cast<unsigned>(std::stoul(std::string(name.substr(1))));
          if (code >= 0x20 && code != 0x7F) append_utf8(out, code);
        }
        if (name == "lt" || name == "gt" || name == "amp" || (!name.empty() && name[0] == '#')) {
          i = semi;
          continue;
        }
      }
      out += '&';
    } else if (c >= 0x80) {
      append_utf8(out, c);
    } else if (c >= 0x20 || c == '\n') {
      out += static_cast<char>(c);
    } else if (c == '\t' || c == '\r') {
      out += ' ';
    }
  }
  return out;
}

std::string squeeze(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == ' ' || c == '\n') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string> d_list(std::string_view list) {
  std::vector<std::string> out;
  for (std::size_t at = list.find("<D>"); at != std::string_view::npos; at = list.find("<D>", at)) {
    at += 3;
    const std::size_t end = list.find("</D>", at);
    out.push_back(decode(list.substr(at, end - at)));
  }
  return out;
}

// "    SALVADOR, Feb 26 - " -> "SALVADOR"; "WASHINGTON, March 2 -" -> "WASHINGTON".
std::string dateline_place(std::string_view raw) {
  std::string text = squeeze(decode(raw));
  if (!text.empty() && text.back() == '-') text.pop_back();
  while (!text.empty() && text.back() == ' ') text.pop_back();
  static constexpr std::string_view months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                "jul", "aug", "sep", "oct", "nov", "dec"};
  for (std::size_t comma = text.rfind(','); comma != std::string::npos && comma > 0;
       comma = text.rfind(',', comma - 1)) {
    std::string rest = text.substr(comma + 1);
    rest.erase(0, rest.find_first_not_of(' '));
    std::transform(rest.begin(), rest.end(), rest.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (std::any_of(std::begin(months), std::end(months),
                    [&](std::string_view m) { return rest.starts_with(m); }))
      return text.substr(0, comma);
    if (comma == 0) break;
  }
  return text;
}

// Paragraphs begin with an indented line; a line's wrap is a single newline.
std::vector<std::string> paragraphs(std::string_view raw) {
  std::string text = decode(raw);
  // The sign-off closes nearly every body: "...New York Sept.\n Reuter\n".
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
  if (text.ends_with("Reuter") || text.ends_with("REUTER")) text.erase(text.size() - 6);
  std::vector<std::string> out;
  std::string current;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    const bool indented = line.starts_with("   ") || line.starts_with("\t");
    if (indented && !squeeze(current).empty()) {
      out.push_back(squeeze(current));
      current.clear();
    }
    current += line;
    current += '\n';
  }
  if (!squeeze(current).empty()) out.push_back(squeeze(current));
  return out;
}

void parse_date(std::string_view raw, Story& story) {
  // "26-FEB-1987 15:01:01.79", " 1-MAR-1987 ...", "27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM"
  static constexpr std::string_view months[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  const std::string text(raw);
  char month[4] = {};
  int day = 0, year = 0, hour = 0, minute = 0, second = 0;
  if (std::sscanf(text.c_str(), " %d-%3s-%d %d:%d:%d", &day, month, &year, &hour, &minute,
                  &second) != 6)
    return;
  const auto found = std::find(std::begin(months), std::end(months), std::string_view(month));
  if (found == std::end(months)) return;
  story.day = day;
  story.month = static_cast<int>(found - std::begin(months)) + 1;
  story.year = year;
  story.hour = hour;
  story.minute = minute;
  story.second = second;
}

}  // namespace

std::vector<Story> read_reuters(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with("reut2-") && name.ends_with(".sgm")) files.push_back(entry.path());
  }
  if (files.empty()) throw std::runtime_error(folder.string() + ": no reut2-*.sgm files");
  std::sort(files.begin(), files.end());
  std::vector<Story> stories;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    const std::string content((std::istreambuf_iterator<char>(in)), {});
    for (std::size_t at = content.find("<REUTERS "); at != std::string::npos;
         at = content.find("<REUTERS ", at + 1)) {
      const std::size_t end = content.find("</REUTERS>", at);
      const std::string_view record = std::string_view(content).substr(at, end - at);
      Story story;
      const std::string_view head = record.substr(0, record.find('>'));
      story.newid = std::stoi(attribute(head, "NEWID"));
      story.test = attribute(head, "LEWISSPLIT") == "TEST";
      parse_date(element(record, "DATE"), story);
      story.places = d_list(element(record, "PLACES"));
      story.topics = d_list(element(record, "TOPICS"));
      const std::string_view text = element(record, "TEXT");
      story.title = squeeze(decode(element(text, "TITLE")));
      story.dateline = dateline_place(element(text, "DATELINE"));
      story.paragraphs = paragraphs(element(text, "BODY"));
      if (story.title.empty() && story.paragraphs.empty())
        story.paragraphs = paragraphs(text);  // TYPE="UNPROC": the text is all there is
      stories.push_back(std::move(story));
    }
  }
  return stories;
}

}  // namespace dateline::scale
