// IPTC NewsML-G2: one article per <newsItem>, alone or in a <newsMessage> or <packageItem>:
//
//   <newsItem guid="urn:newsml:news.example:20240301:port-strike" xml:lang="en"> ...
//   <contentMeta><located qcode="geo:2747891"><name>Rotterdam</name></located>
//     <subject type="cpnat:abstract" qcode="medtop:09000000"><name>labour</name></subject>
//     <headline>Port strike ends after nine days</headline><by>By Ana Ruiz</by> ...
//   <contentSet><inlineXML contenttype="application/xhtml+xml"><html ...><body><p>Dock ...
//
// The body is the first inline rendition (XHTML made text by html_to_text, an NITF document's
// paragraphs, or plain text); content held elsewhere (remoteContent) is not fetched. Subjects
// whose type names a geographic concept (cpnat:geoArea) are places; the rest are topics.
#include <fmt/format.h>

#include <algorithm>

#include "log_text.h"
#include "readers/html_metadata.h"
#include "readers/html_text.h"
#include "readers/nitf_text.h"
#include "readers/reader.h"
#include "readers/xml_tree.h"
#include "text.h"

namespace dateline::detail {

namespace {

// A concept's name (<name> child, the first of its translations), else its literal or qcode.
std::string concept_name(const xmlNode* concept_node) {
  std::string name = clean_text_of(first_child(concept_node, "name"));
  if (name.empty()) name = squeeze_spaces(attribute(concept_node, "literal"));
  if (name.empty()) name = squeeze_spaces(attribute(concept_node, "qcode"));
  return name;
}

std::optional<ArticleDate> item_date(const xmlNode* item_meta, const xmlNode* content_meta,
                                     const ElementLines& lines, ReaderOutput& out) {
  // firstCreated is when the story first went out; a later version's versionCreated is not.
  const std::pair<const xmlNode*, std::string_view> fields[] = {
      {item_meta, "firstCreated"}, {content_meta, "contentCreated"}, {item_meta, "versionCreated"}};
  for (const auto& [parent, field] : fields) {
    const xmlNode* n = first_child(parent, field);
    if (n == nullptr || clean_text_of(n).empty()) continue;
    return metadata_date(clean_text_of(n), lines.line(n), field, out);
  }
  return std::nullopt;
}

std::string item_body(const xmlNode* item) {
  const xmlNode* set = first_child(item, "contentSet");
  if (const xmlNode* xml = first_child(set, "inlineXML")) {
    if (const xmlNode* nitf = first_child(xml, "nitf")) return nitf_body_text(nitf);
    return html_to_text(inner_markup(xml));
  }
  if (const xmlNode* data = first_child(set, "inlineData")) {
    const std::string type = ascii_lower(attribute(data, "contenttype"));
    const std::string text = text_of(data);
    return type.find("html") != std::string::npos ? html_to_text(text) : plain_paragraphs(text);
  }
  return {};
}

void read_item(const xmlNode* item, const ElementLines& lines, ReaderOutput& out) {
  Article a = new_article("newsml", lines.file(), lines.line(item));
  const std::string guid(trim(attribute(item, "guid")));
  a.id = guid.empty() ? fmt::format("{}#{}", lines.file().id_path(), a.line) : guid;
  const xmlNode* item_meta = first_child(item, "itemMeta");
  const xmlNode* meta = first_child(item, "contentMeta");

  a.title = clean_text_of(first_child(meta, "headline"));
  a.byline = clean_byline(clean_text_of(first_child(meta, "by")));
  if (a.byline.empty()) a.byline = clean_text_of(first_child(first_child(meta, "creator"), "name"));
  a.source = clean_text_of(first_child(meta, "creditline"));
  if (a.source.empty()) {
    if (const xmlNode* provider = first_child(item_meta, "provider"))
      a.source = concept_name(provider);
  }
  a.language = language_from_tag(xml_lang(item));
  if (a.language.empty())
    a.language = language_from_tag(attribute(first_child(meta, "language"), "tag"));
  a.date = item_date(item_meta, meta, lines, out);

  a.dateline = clean_text_of(first_child(meta, "dateline"));
  bool first = true;
  for (const xmlNode* located : children(meta, "located")) {
    std::string name = concept_name(located);
    if (first && a.dateline.empty()) a.dateline = name;
    add_place_name(a, std::move(name), first ? PlaceRole::dateline : PlaceRole::tag);
    first = false;
    // <broader><name>Netherlands</name></broader>: the larger areas it lies in.
    for (const xmlNode* broader : children(located, "broader"))
      add_place_name(a, concept_name(broader), PlaceRole::tag);
  }
  for (const xmlNode* subject : children(meta, "subject")) {
    if (ascii_lower(attribute(subject, "type")).find("geo") != std::string::npos)
      add_place_name(a, concept_name(subject), PlaceRole::tag);
    else
      add_unique(a.topics, concept_name(subject));
  }
  for (const xmlNode* keyword : children(meta, "keyword"))
    add_unique(a.topics, clean_text_of(keyword));

  a.body = item_body(item);
  // A picture or graphic item has no text rendition: its description is what can be searched.
  if (a.body.empty()) a.body = plain_paragraphs(text_of(first_child(meta, "description")));
  if (a.title.empty() && a.body.empty()) {
    out.problem({a.line, "newsItem has neither headline nor text", Problem::Kind::rejected});
    return;
  }
  warn_if_bodiless(a, out);
  out.article(std::move(a));
}

}  // namespace

void read_newsml(std::string_view content, const SourceFile& file, ReaderOutput& out) {
  const XmlDocPtr doc = read_xml(content, file, out);
  if (!doc) return;
  const ElementLines lines(content, file);
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (is_element(root, "newsItem")) return read_item(root, lines, out);
  const auto items = descendants(root, "newsItem");
  if (items.empty()) {
    out.problem({lines.line(root), fmt::format("no <newsItem> in <{}>", excerpt(local_name(root))),
                 Problem::Kind::rejected});
    return;
  }
  for (const xmlNode* item : items) read_item(item, lines, out);
}

}  // namespace dateline::detail
