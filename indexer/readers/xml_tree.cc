#include "readers/xml_tree.h"

#include <fmt/format.h>
#include <libxml/parser.h>

#include <algorithm>
#include <climits>
#include <mutex>

#include "log_text.h"
#include "text.h"

namespace dateline::detail {

namespace {

struct ParserCtxtDeleter {
  void operator()(xmlParserCtxt* ctxt) const { xmlFreeParserCtxt(ctxt); }
};

struct FirstError {
  bool seen = false;
  int line = 0;
  std::string message;
};

// libxml2 goes on after an error in recovery mode, and its later errors are often echoes of the
// first (a tag left open is "premature end of data" at the last line): the first is the cause.
void keep_first_error(void* data, xmlErrorPtr error) {
  auto* ctxt = static_cast<xmlParserCtxt*>(data);
  auto* first = static_cast<FirstError*>(ctxt->_private);
  if (first == nullptr || first->seen || error == nullptr || error->level == XML_ERR_WARNING)
    return;
  first->seen = true;
  first->line = error->line;
  const std::string_view message = error->message ? error->message : "";
  first->message = std::string(trim(message.substr(0, message.find('\n'))));
}

const char* chars(const xmlChar* s) { return reinterpret_cast<const char*>(s); }
const xmlChar* xml_chars(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

// What the tree gives is UTF-8 unless libxml2 took bytes as they were (a declaration it could not
// read, an encoding error it recovered from): repaired here, whatever read_xml caught before.
std::string utf8(std::string s) {
  return first_invalid_utf8(s) == std::string::npos ? s : repair_utf8(s);
}

void append_text(const xmlNode* node, std::string& out) {
  for (const xmlNode* n = node ? node->children : nullptr; n != nullptr; n = n->next) {
    switch (n->type) {
      case XML_TEXT_NODE:
      case XML_CDATA_SECTION_NODE:
        if (n->content) out += chars(n->content);
        break;
      case XML_ELEMENT_NODE:
        append_text(n, out);
        break;
      case XML_ENTITY_REF_NODE: {
        // An entity the document declares itself (never an external one: nothing is loaded).
        xmlChar* value = xmlNodeGetContent(n);
        if (value) out += chars(value);
        xmlFree(value);
        break;
      }
      default:
        break;
    }
  }
}

// Whether the document is UTF-8 by its own account: no declaration, or one that says so. Only
// then are its stray bytes ours to repair; a declared Latin-1 or Shift-JIS is libxml2's to decode.
bool declared_utf8(std::string_view content) {
  // UTF-16, with its byte order mark or without ("<\0?\0x\0").
  if (content.starts_with("\xFE\xFF") || content.starts_with("\xFF\xFE")) return false;
  if (content.size() >= 2 && (content[0] == '\0' || content[1] == '\0')) return false;
  if (content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3);
  if (!content.starts_with("<?xml")) return true;
  const std::string_view decl = content.substr(0, content.find("?>"));
  const auto at = decl.find("encoding");
  if (at == std::string_view::npos) return true;
  const auto open = decl.find_first_of("\"'", at);
  if (open == std::string_view::npos) return true;
  const auto close = decl.find(decl[open], open + 1);
  const std::string name = ascii_lower(decl.substr(open + 1, close - open - 1));
  return name == "utf-8" || name == "utf8";
}

}  // namespace

XmlDocPtr read_xml(std::string_view content, const SourceFile& file, ReaderOutput& out) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  if (content.size() > INT_MAX) {
    out.problem({file.first_line, "XML document over 2 GB (not read)", Problem::Kind::rejected});
    return nullptr;
  }
  // libxml2 keeps a stray byte in UTF-8 as it is, invalid, in the tree; repaired first, it is
  // reported as every reader reports it. A NUL would end the parse: it is damage, removed.
  std::string repaired;
  if (declared_utf8(content) && (first_invalid_utf8(content) != std::string_view::npos ||
                                 content.find('\0') != std::string_view::npos)) {
    repaired = checked_utf8(content, file.first_line, out);
    content = repaired;
  }
  std::unique_ptr<xmlParserCtxt, ParserCtxtDeleter> ctxt(xmlNewParserCtxt());
  if (!ctxt) throw std::bad_alloc();
  FirstError first;
  ctxt->_private = &first;
  // A structured handler replaces libxml2's printing (NOERROR alone would also silence it, and
  // the error with it).
  ctxt->sax->serror = keep_first_error;
  // No XML_PARSE_NOENT nor DTDLOAD: entities stay references and no DTD is fetched. BIG_LINES:
  // line numbers past 65535 are real, not clamped. NOCDATA: CDATA is text like any other.
  constexpr int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                          XML_PARSE_RECOVER | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA;
  XmlDocPtr doc(xmlCtxtReadMemory(ctxt.get(), content.data(), static_cast<int>(content.size()),
                                  nullptr, nullptr, options));
  // libxml2 counts a lone "\r" as a line end too; lines here are "\n"-lines, as in every reader.
  const auto last_line = static_cast<std::size_t>(std::count(content.begin(), content.end(), '\n'));
  const std::size_t error_line =
      file.first_line +
      std::min(static_cast<std::size_t>(first.line > 0 ? first.line - 1 : 0), last_line);
  if (!doc || xmlDocGetRootElement(doc.get()) == nullptr) {
    out.problem({error_line,
                 first.seen ? "not an XML document: " + excerpt(first.message)
                            : std::string("not an XML document"),
                 Problem::Kind::rejected});
    return nullptr;
  }
  if (first.seen) {
    out.problem({error_line,
                 fmt::format("malformed XML: {} (the rest read as far as it recovers)",
                             excerpt(first.message)),
                 Problem::Kind::warning});
  }
  return doc;
}

ElementLines::ElementLines(std::string_view content, const SourceFile& file)
    : content_(content), file_(file) {
  line_starts_.push_back(0);
  for (std::size_t i = content.find('\n'); i != std::string_view::npos;
       i = content.find('\n', i + 1))
    line_starts_.push_back(i + 1);
}

// A start tag with its attributes is a few hundred bytes; 64 KiB leaves room for any real one.
constexpr std::size_t max_start_tag_bytes = 64 << 10;

std::size_t ElementLines::line(const xmlNode* node) const {
  const long recorded = xmlGetLineNo(node);
  if (recorded <= 0) return file_.first_line;
  // 1-based within content_; libxml2 counts a lone "\r" as a line end, this file does not.
  auto line = std::min(static_cast<std::size_t>(recorded), line_starts_.size());
  if (node->type == XML_ELEMENT_NODE) {
    // The start tag is the last "<name" before the end of the recorded line, within a window no
    // real start tag exceeds (so that a tag never found, in UTF-16, costs no scan of the file).
    std::string tag = "<";
    if (node->ns && node->ns->prefix) tag += std::string(chars(node->ns->prefix)) + ":";
    tag += local_name(node);
    const std::size_t end = line < line_starts_.size() ? line_starts_[line] : content_.size();
    const std::size_t begin = end > max_start_tag_bytes ? end - max_start_tag_bytes : 0;
    const std::string_view window = content_.substr(begin, end - begin);
    for (std::size_t at = window.rfind(tag); at != std::string_view::npos;
         at = at == 0 ? std::string_view::npos : window.rfind(tag, at - 1)) {
      const std::size_t after = at + tag.size();
      // "<item" is not the start of "<items>".
      if (after < window.size() &&
          std::string_view(" \t\r\n/>").find(window[after]) == std::string_view::npos)
        continue;
      line = static_cast<std::size_t>(
          std::upper_bound(line_starts_.begin(), line_starts_.end(), begin + at) -
          line_starts_.begin());
      break;
    }
  }
  return file_.first_line + line - 1;
}

std::string_view local_name(const xmlNode* node) {
  return node && node->name ? chars(node->name) : "";
}

std::string_view namespace_of(const xmlNode* node) {
  return node && node->ns && node->ns->href ? chars(node->ns->href) : "";
}

bool is_element(const xmlNode* node, std::string_view local) {
  return node && node->type == XML_ELEMENT_NODE && local_name(node) == local;
}

bool is_element(const xmlNode* node, std::string_view ns, std::string_view local) {
  return is_element(node, local) && namespace_of(node) == ns;
}

const xmlNode* first_child(const xmlNode* parent, std::string_view local) {
  for (const xmlNode* n = parent ? parent->children : nullptr; n != nullptr; n = n->next)
    if (is_element(n, local)) return n;
  return nullptr;
}

const xmlNode* first_child(const xmlNode* parent, std::string_view ns, std::string_view local) {
  for (const xmlNode* n = parent ? parent->children : nullptr; n != nullptr; n = n->next)
    if (is_element(n, ns, local)) return n;
  return nullptr;
}

std::vector<const xmlNode*> children(const xmlNode* parent, std::string_view local) {
  std::vector<const xmlNode*> out;
  for (const xmlNode* n = parent ? parent->children : nullptr; n != nullptr; n = n->next)
    if (is_element(n, local)) out.push_back(n);
  return out;
}

std::vector<const xmlNode*> children(const xmlNode* parent, std::string_view ns,
                                     std::string_view local) {
  std::vector<const xmlNode*> out;
  for (const xmlNode* n = parent ? parent->children : nullptr; n != nullptr; n = n->next)
    if (is_element(n, ns, local)) out.push_back(n);
  return out;
}

std::vector<const xmlNode*> descendants(const xmlNode* node, std::string_view local) {
  std::vector<const xmlNode*> out;
  // Iterative: a hostile document nests deeper than a stack should go (libxml2 caps depth at
  // 256 without XML_PARSE_HUGE, but the walk need not rely on it).
  const xmlNode* n = node ? node->children : nullptr;
  while (n != nullptr) {
    if (is_element(n, local)) out.push_back(n);
    if (n->type == XML_ELEMENT_NODE && n->children) {
      n = n->children;
      continue;
    }
    while (n != nullptr && n->next == nullptr) {
      n = n->parent;
      if (n == node) return out;
    }
    if (n) n = n->next;
  }
  return out;
}

std::string text_of(const xmlNode* node) {
  std::string out;
  append_text(node, out);
  return utf8(std::move(out));
}

std::string text_without(const xmlNode* node, std::string_view skipped) {
  std::string out;
  for (const xmlNode* n = node ? node->children : nullptr; n != nullptr; n = n->next) {
    if (n->type == XML_TEXT_NODE && n->content) out += chars(n->content);
    if (n->type == XML_ELEMENT_NODE && !is_element(n, skipped)) append_text(n, out);
  }
  return utf8(std::move(out));
}

std::string clean_text_of(const xmlNode* node) { return squeeze_spaces(text_of(node)); }

std::string attribute(const xmlNode* node, const char* name) {
  if (node == nullptr) return {};
  xmlChar* v = xmlGetNoNsProp(node, xml_chars(name));
  if (v == nullptr) return {};
  std::string s(chars(v));
  xmlFree(v);
  return utf8(std::move(s));
}

std::string xml_lang(const xmlNode* node) {
  if (node == nullptr) return {};
  xmlChar* v = xmlNodeGetLang(node);
  if (v == nullptr) return {};
  std::string s(chars(v));
  xmlFree(v);
  return utf8(std::move(s));
}

void add_unique(std::vector<std::string>& list, std::string value) {
  if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end())
    list.push_back(std::move(value));
}

void add_place_name(Article& a, std::string name, PlaceRole role) {
  if (name.empty()) return;
  for (const auto& p : a.places)
    if (p.text == name) return;
  a.places.push_back({std::move(name), role});
}

std::string plain_paragraphs(std::string_view text) {
  std::string out;
  std::string para;
  auto end_paragraph = [&] {
    std::string p = squeeze_spaces(para);
    para.clear();
    if (p.empty()) return;
    if (!out.empty()) out += "\n\n";
    out += p;
  };
  for (auto line : split_lines(text)) {
    if (trim(line).empty()) {
      end_paragraph();
    } else {
      para += ' ';
      para += line;
    }
  }
  end_paragraph();
  return out;
}

std::string inner_markup(const xmlNode* node) {
  std::string out;
  if (node == nullptr) return out;
  std::unique_ptr<xmlBuffer, decltype(&xmlBufferFree)> buf(xmlBufferCreate(), xmlBufferFree);
  if (!buf) throw std::bad_alloc();
  for (xmlNode* n = node->children; n != nullptr; n = n->next) {
    xmlBufferEmpty(buf.get());
    if (xmlNodeDump(buf.get(), node->doc, n, 0, 0) >= 0)
      out.append(chars(xmlBufferContent(buf.get())),
                 static_cast<std::size_t>(xmlBufferLength(buf.get())));
  }
  return utf8(std::move(out));
}

}  // namespace dateline::detail
