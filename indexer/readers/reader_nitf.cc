// IPTC NITF 3.x (News Industry Text Format), one story per <nitf> document:
//
//   <docdata><doc-id id-string="ex-20240301-017"/><date.issue norm="20240301T093000Z"/> ...
//   <hedline><hl1>Port strike ends after nine days</hl1></hedline> ...
//   <dateline><location><city>ROTTERDAM</city><country>Netherlands</country></location>,
//     <story.date norm="20240301">March 1</story.date></dateline>
//   <body.content><p>Dock workers returned ...</p></body.content>
//
// Dates are the norm attributes, ISO 8601's basic form. Every <location> outside the dateline is
// a tag, each of its parts (city, state, region, country) a name the gazetteer looks up alone.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <regex>

#include "log_text.h"
#include "readers/html_metadata.h"
#include "readers/nitf_text.h"
#include "readers/reader.h"
#include "readers/xml_tree.h"
#include "text.h"

namespace dateline::detail {

namespace {

// The parts of a <location>, most specific first.
constexpr std::array<std::string_view, 5> location_parts{"sublocation", "city", "state", "region",
                                                         "country"};

// Elements of body.content that are a paragraph each; media (captions, credits) is not story.
constexpr std::array<std::string_view, 8> paragraph_elements{"p",  "hl2", "li", "dt",
                                                             "dd", "pre", "bq", "note"};

std::vector<std::string> location_names(const xmlNode* location) {
  std::vector<std::string> names;
  for (std::string_view part : location_parts)
    for (const xmlNode* n : children(location, part)) add_unique(names, clean_text_of(n));
  if (names.empty()) add_unique(names, clean_text_of(location));
  return names;
}

bool inside(const xmlNode* node, const xmlNode* ancestor) {
  for (const xmlNode* n = node; n != nullptr; n = n->parent)
    if (n == ancestor) return true;
  return false;
}

// The dateline as written, without its date: "ROTTERDAM, Netherlands, March 1 --" ->
// "ROTTERDAM, Netherlands" (the date is in story.date's norm, the resolver wants the place).
std::string dateline_text(const xmlNode* dateline) {
  std::string s = squeeze_spaces(text_without(dateline, "story.date"));
  while (!s.empty() && (s.back() == ',' || s.back() == '-' || s.back() == ':' || s.back() == ' '))
    s.pop_back();
  for (std::string_view dash : {"\u2014", "\u2013"})
    if (s.ends_with(dash)) s = std::string(trim(s.substr(0, s.size() - dash.size())));
  return s;
}

void collect_paragraphs(const xmlNode* node, std::vector<std::string>& out) {
  for (const xmlNode* n = node->children; n != nullptr; n = n->next) {
    if (n->type != XML_ELEMENT_NODE || is_element(n, "media")) continue;
    if (std::find(paragraph_elements.begin(), paragraph_elements.end(), local_name(n)) !=
        paragraph_elements.end()) {
      std::string p = clean_text_of(n);
      if (!p.empty()) out.push_back(std::move(p));
    } else {
      collect_paragraphs(n, out);
    }
  }
}

// NITF's norm is ISO 8601's basic form ("20240301T093000+0100"); parse_date reads the extended.
std::string extended_iso8601(std::string_view basic) {
  static const std::regex shape(
      R"((\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(?:[.,]\d+)?(Z|[+-]\d{2}(?::?\d{2})?)?)?)");
  const std::string text(trim(basic));
  std::smatch m;
  // A norm longer than any date is not one: the regex need not see it.
  if (text.size() > 40 || !std::regex_match(text, m, shape)) return text;
  std::string out = fmt::format("{}-{}-{}", m.str(1), m.str(2), m.str(3));
  if (m[4].matched) {
    out += fmt::format("T{}:{}", m.str(4), m.str(5));
    if (m[6].matched) out += ":" + m.str(6);
    std::string zone = m.str(7);
    if (zone.size() == 5) zone.insert(3, ":");  // "+0100"
    out += zone;
  }
  return out;
}

// The publication date: the issue's, else the release's, the dateline's, the publication's.
std::optional<ArticleDate> nitf_date(const xmlNode* root, const ElementLines& lines,
                                     ReaderOutput& out) {
  constexpr std::array<std::pair<std::string_view, const char*>, 4> fields{{
      {"date.issue", "norm"},
      {"date.release", "norm"},
      {"story.date", "norm"},
      {"pubdata", "date.publication"},
  }};
  for (const auto& [element, attr] : fields) {
    for (const xmlNode* n : descendants(root, element)) {
      const std::string value = attribute(n, attr);
      if (trim(value).empty()) continue;
      return metadata_date(extended_iso8601(value), lines.line(n),
                           fmt::format("{} {}", element, attr), out);
    }
  }
  return std::nullopt;
}

std::string byline_of(const xmlNode* body_head) {
  std::vector<std::string> names;
  for (const xmlNode* byline : children(body_head, "byline")) {
    const auto persons = descendants(byline, "person");
    for (const xmlNode* p : persons) add_unique(names, clean_text_of(p));
    if (!persons.empty()) continue;
    // "By Ana Ruiz, <byttl>Staff Writer</byttl>": the title is not the name.
    std::string name = clean_byline(text_without(byline, "byttl"));
    while (!name.empty() && (name.back() == ',' || name.back() == ' ')) name.pop_back();
    add_unique(names, std::move(name));
  }
  return fmt::format("{}", fmt::join(names, ", "));
}

}  // namespace

std::string nitf_body_text(const xmlNode* nitf) {
  const xmlNode* content = first_child(first_child(nitf, "body"), "body.content");
  if (content == nullptr) return {};
  std::vector<std::string> paragraphs;
  collect_paragraphs(content, paragraphs);
  if (paragraphs.empty()) return plain_paragraphs(text_of(content));
  return fmt::format("{}", fmt::join(paragraphs, "\n\n"));
}

void read_nitf(std::string_view content, const SourceFile& file, ReaderOutput& out) {
  const XmlDocPtr doc = read_xml(content, file, out);
  if (!doc) return;
  const ElementLines lines(content, file);
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!is_element(root, "nitf")) {
    out.problem({lines.line(root),
                 fmt::format("root element <{}> is not <nitf>", excerpt(local_name(root))),
                 Problem::Kind::rejected});
    return;
  }
  const xmlNode* head = first_child(root, "head");
  const xmlNode* docdata = first_child(head, "docdata");
  const xmlNode* body = first_child(root, "body");
  const xmlNode* body_head = first_child(body, "body.head");
  Article a = new_article("nitf", file, lines.line(root));

  const std::string doc_id(trim(attribute(first_child(docdata, "doc-id"), "id-string")));
  a.id = doc_id.empty() ? file.id_path() : doc_id;
  a.title = clean_text_of(first_child(first_child(body_head, "hedline"), "hl1"));
  if (a.title.empty()) a.title = clean_text_of(first_child(head, "title"));
  a.byline = byline_of(body_head);
  a.source = clean_text_of(first_child(body_head, "distributor"));
  if (a.source.empty()) a.source = squeeze_spaces(attribute(first_child(head, "pubdata"), "name"));
  if (a.source.empty())
    a.source = squeeze_spaces(attribute(first_child(docdata, "doc.copyright"), "holder"));
  a.language = language_from_tag(xml_lang(body ? body : root));
  if (a.language.empty()) a.language = language_from_tag(attribute(root, "baselang"));
  a.date = nitf_date(root, lines, out);

  const xmlNode* dateline = first_child(body_head, "dateline");
  if (dateline) {
    a.dateline = dateline_text(dateline);
    bool first = true;
    for (const xmlNode* location : descendants(dateline, "location")) {
      for (auto& name : location_names(location)) {
        add_place_name(a, std::move(name), first ? PlaceRole::dateline : PlaceRole::tag);
        first = false;
      }
    }
  }
  for (const xmlNode* location : descendants(root, "location")) {
    if (dateline && inside(location, dateline)) continue;
    for (auto& name : location_names(location)) add_place_name(a, std::move(name), PlaceRole::tag);
  }
  for (const xmlNode* key : descendants(docdata, "keyword"))
    add_unique(a.topics, squeeze_spaces(attribute(key, "key")));
  for (const xmlNode* subject : descendants(head, "tobject.subject")) {
    std::string name = squeeze_spaces(attribute(subject, "tobject.subject.matter"));
    if (name.empty()) name = squeeze_spaces(attribute(subject, "tobject.subject.type"));
    if (name.empty()) name = squeeze_spaces(attribute(subject, "tobject.subject.refnum"));
    add_unique(a.topics, std::move(name));
  }
  a.body = nitf_body_text(root);
  if (a.title.empty() && a.body.empty()) {
    out.problem(
        {a.line, "NITF document has neither headline nor body text", Problem::Kind::rejected});
    return;
  }
  warn_if_bodiless(a, out);
  out.article(std::move(a));
}

}  // namespace dateline::detail
