// The XML readers' shared ground (feeds, NITF, NewsML-G2): a whole document parsed by libxml2
// without network or entity expansion, damage reported as a Problem with its line, and the few
// tree walks they all make.
#pragma once

#include <libxml/tree.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "readers/reader.h"

namespace dateline::detail {

struct XmlDocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocDeleter>;

// The document in `content`, or nullptr with a rejection when it holds no element at all.
// Damaged XML (a truncated file, a stray "&") is read as far as libxml2 recovers, with a warning
// naming the first error's line. External entities and DTDs are never loaded: a feed is input
// from strangers, and XXE or a network fetch must not be a way into the indexer.
XmlDocPtr read_xml(std::string_view content, const SourceFile& file, ReaderOutput& out);

// Lines of elements in the file, where their start tags open: libxml2 records where a start tag
// ends, the third line of a <newsItem> whose attributes take three. A piece of a large file
// starts on file.first_line.
class ElementLines {
 public:
  ElementLines(std::string_view content, const SourceFile& file);
  std::size_t line(const xmlNode* node) const;
  const SourceFile& file() const { return file_; }

 private:
  std::string_view content_;
  const SourceFile& file_;
  std::vector<std::size_t> line_starts_;  // offsets, line_starts_[0] == 0
};

std::string_view local_name(const xmlNode* node);
// The element's namespace URI, empty for none.
std::string_view namespace_of(const xmlNode* node);

// Element tests and lookups by local name; `ns` also requires that namespace ("" for none).
bool is_element(const xmlNode* node, std::string_view local);
bool is_element(const xmlNode* node, std::string_view ns, std::string_view local);
const xmlNode* first_child(const xmlNode* parent, std::string_view local);
const xmlNode* first_child(const xmlNode* parent, std::string_view ns, std::string_view local);
std::vector<const xmlNode*> children(const xmlNode* parent, std::string_view local);
std::vector<const xmlNode*> children(const xmlNode* parent, std::string_view ns,
                                     std::string_view local);
// Every element of that local name below `node`, in document order (not `node` itself).
std::vector<const xmlNode*> descendants(const xmlNode* node, std::string_view local);

// The text below `node` (CDATA included, comments not), as written.
std::string text_of(const xmlNode* node);
// text_of without the children named `skipped` ("ROTTERDAM, <story.date>March 1</story.date>").
std::string text_without(const xmlNode* node, std::string_view skipped);
// text_of with runs of whitespace made one space, trimmed: for titles, names, dates.
std::string clean_text_of(const xmlNode* node);
// An attribute without a namespace, or empty.
std::string attribute(const xmlNode* node, const char* name);
// xml:lang in force at `node` (inherited from its ancestors), or empty.
std::string xml_lang(const xmlNode* node);
// Article fields as the XML readers fill them, from many elements that may repeat a value: an
// empty value or one already there is not added.
void add_unique(std::vector<std::string>& list, std::string value);
void add_place_name(Article& a, std::string name, PlaceRole role);

// Plain text as Article::body holds it: paragraphs at blank lines, other whitespace one space.
std::string plain_paragraphs(std::string_view text);
// The markup of the node's children, for html_to_text (an Atom xhtml <div>, NewsML's inlineXML).
std::string inner_markup(const xmlNode* node);

}  // namespace dateline::detail
