// Reuters-21578 SGML, one <REUTERS> element per story:
//
//   <REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="1">
//   <DATE>26-FEB-1987 15:01:01.79</DATE> ... <TEXT><TITLE>BAHIA COCOA REVIEW</TITLE>
//   <DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued ...</BODY></TEXT>
//
// The file is split into records here (so one broken record costs only itself); each record is
// parsed by libxml2's HTML parser, which reads SGML leniently and decodes entities (`&lt;`, and
// drops the control characters `&#2;`/`&#3;` that frame the text).
#include <fmt/format.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <memory>
#include <mutex>

#include "dates.h"
#include "log_text.h"
#include "readers/reader.h"
#include "readers/record_limits.h"
#include "text.h"

namespace dateline::detail {

namespace {

struct XmlDocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocDeleter>;

std::string text_of(const xmlNode* node) {
  std::string out;
  for (const xmlNode* n = node ? node->children : nullptr; n != nullptr; n = n->next) {
    if (n->type == XML_TEXT_NODE && n->content != nullptr) {
      out += reinterpret_cast<const char*>(n->content);
    } else if (n->type == XML_ELEMENT_NODE) {
      out += text_of(n);
    }
  }
  return out;
}

bool is_element(const xmlNode* n, std::string_view name) {
  return n->type == XML_ELEMENT_NODE &&
         std::string_view(reinterpret_cast<const char*>(n->name)) == name;
}

const xmlNode* child(const xmlNode* parent, std::string_view name) {
  for (const xmlNode* n = parent ? parent->children : nullptr; n != nullptr; n = n->next)
    if (is_element(n, name)) return n;
  return nullptr;
}

std::vector<std::string> d_list(const xmlNode* parent) {
  std::vector<std::string> values;
  for (const xmlNode* n = parent ? parent->children : nullptr; n != nullptr; n = n->next) {
    if (is_element(n, "d")) {
      std::string v(trim(text_of(n)));
      if (!v.empty()) values.push_back(std::move(v));
    }
  }
  return values;
}

std::string attribute(const xmlNode* node, const char* name) {
  xmlChar* v = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (v == nullptr) return {};
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

// Bodies end with the wire's sign-off, "Reuter" (sometimes "REUTER"), which is not news.
std::string strip_signoff(std::string body) {
  std::string_view t = trim(body);
  for (std::string_view sign : {"Reuter", "REUTER", "Reuters"}) {
    if (t.ends_with(sign) && (t.size() == sign.size() || t[t.size() - sign.size() - 1] == '\n' ||
                              t[t.size() - sign.size() - 1] == ' ')) {
      t.remove_suffix(sign.size());
      break;
    }
  }
  return std::string(trim(t));
}

// Keeps the wire's paragraph breaks (an indented line) and joins the rest.
std::string paragraphs(std::string_view raw) {
  std::string out;
  for (auto line : split_lines(raw)) {
    if (trim(line).empty()) continue;
    if (!out.empty()) out += (line.starts_with("    ") || line.starts_with("\t")) ? "\n\n" : " ";
    out += trim(line);
  }
  return out;
}

void read_record(std::string_view record, std::size_t line, const SourceFile& file,
                 ReaderOutput& out) {
  if (!limits::within_record_limit("record", record.size(), line, out)) return;
  const std::string utf8 = checked_utf8(record, line, out);
  XmlDocPtr doc(htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8",
                               HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                   HTML_PARSE_NOIMPLIED | HTML_PARSE_COMPACT));
  const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (root == nullptr || !is_element(root, "reuters")) {
    out.problem({line, "malformed <REUTERS> record", Problem::Kind::rejected});
    return;
  }
  Article a = new_article("reuters", file, line);
  a.source = "Reuters";
  a.language = "en";
  // Echoed in every message about the story: an attribute is input, so it is quoted safely.
  const std::string newid = excerpt(attribute(root, "newid"));
  if (newid.empty() ||
      !std::all_of(newid.begin(), newid.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    out.problem({line, "record without a numeric NEWID", Problem::Kind::rejected});
    return;
  }
  a.id = "reuters21578:" + newid;

  // "26-FEB-1987 15:01:01.79", sometimes with stray codes glued on ("13:59:06.41F", "\t\t\tF")
  // or a broken time ("605:12:19.12"): the day is kept even when the time is not.
  const std::string raw_date = squeeze_spaces(text_of(child(root, "date")));
  const std::string day_text = raw_date.substr(0, raw_date.find(' '));
  std::string time_text =
      raw_date.size() > day_text.size() ? raw_date.substr(day_text.size() + 1) : "";
  time_text = time_text.substr(0, time_text.find_first_not_of("0123456789:."));
  if (auto d = parse_date(day_text + " " + time_text)) {
    a.date = ArticleDate{d->unix_seconds, d->precision, DateSource::metadata};
  } else if (auto day = parse_date(day_text)) {
    a.date = ArticleDate{day->unix_seconds, DatePrecision::day, DateSource::metadata};
    out.problem(
        {line,
         fmt::format("NEWID {}: invalid time in DATE '{}' (day kept)", newid, excerpt(raw_date)),
         Problem::Kind::warning});
  } else {
    out.problem({line,
                 fmt::format("NEWID {}: unrecognised DATE '{}' (indexed without a date)", newid,
                             excerpt(raw_date)),
                 Problem::Kind::warning});
  }
  a.topics = d_list(child(root, "topics"));
  for (auto& p : d_list(child(root, "places"))) a.places.push_back({std::move(p), PlaceRole::tag});

  const xmlNode* text = child(root, "text");
  if (text == nullptr) {
    out.problem({line, fmt::format("NEWID {}: no <TEXT>", newid), Problem::Kind::rejected});
    return;
  }
  const std::string type = attribute(text, "type");
  a.title = squeeze_spaces(text_of(child(text, "title")));
  // "    SALVADOR, Feb 26 - " -> "SALVADOR, Feb 26": the dash ends a dateline, as "—" does in
  // the text reader, and is no part of it.
  a.dateline = squeeze_spaces(text_of(child(text, "dateline")));
  if (a.dateline.ends_with('-')) {
    a.dateline = std::string(trim(std::string_view(a.dateline).substr(0, a.dateline.size() - 1)));
  }
  std::string author = squeeze_spaces(text_of(child(text, "author")));
  if (starts_with_ci(author, "by ")) author.erase(0, 3);
  if (author.ends_with(", Reuters")) author.resize(author.size() - 9);
  a.byline = author;

  if (type == "UNPROC") {
    // Unprocessed: the story is the <TEXT> itself, first line as its headline.
    const std::string raw = text_of(text);
    std::string_view story = trim(raw);
    if (a.title.empty() && !story.empty()) {
      const auto nl = story.find('\n');
      a.title = squeeze_spaces(story.substr(0, nl));
      // The headline is not repeated as the body's first line.
      story = nl == std::string_view::npos ? std::string_view() : story.substr(nl + 1);
    }
    a.body = strip_signoff(paragraphs(story));
  } else if (type != "BRIEF") {  // a BRIEF is its headline; its text is "Blah blah blah."
    a.body = strip_signoff(paragraphs(text_of(child(text, "body"))));
  }
  if (a.title.empty() && a.body.empty()) {
    out.problem({line, fmt::format("NEWID {}: empty story (no title, no body)", newid),
                 Problem::Kind::rejected});
    return;
  }
  out.article(std::move(a));
}

}  // namespace

void read_reuters(std::string_view content, const SourceFile& file, ReaderOutput& out) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  constexpr std::string_view open = "<REUTERS";
  constexpr std::string_view close = "</REUTERS>";
  std::size_t pos = 0;
  std::size_t line = file.first_line;
  std::size_t counted_to = 0;
  auto line_at = [&](std::size_t offset) {
    line += static_cast<std::size_t>(
        std::count(content.begin() + static_cast<std::ptrdiff_t>(counted_to),
                   content.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
    counted_to = offset;
    return line;
  };
  // The next closing tag, searched again only once passed: every search moves forward, so
  // framing is linear even in a file of unterminated records.
  std::size_t end = 0;
  bool end_known = false;
  while ((pos = content.find(open, pos)) != std::string_view::npos) {
    const std::size_t start_line = line_at(pos);
    const std::size_t next_open = content.find(open, pos + open.size());
    if (!end_known || (end != std::string_view::npos && end < pos)) {
      end = content.find(close, pos);
      end_known = true;
    }
    if (end == std::string_view::npos || (next_open != std::string_view::npos && next_open < end)) {
      out.problem({start_line, "unterminated <REUTERS> record", Problem::Kind::rejected});
      if (next_open == std::string_view::npos) return;
      pos = next_open;
      continue;
    }
    read_record(content.substr(pos, end + close.size() - pos), start_line, file, out);
    pos = end + close.size();
  }
}

}  // namespace dateline::detail
