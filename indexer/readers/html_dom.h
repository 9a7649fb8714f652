// Small helpers over libxml2's HTML tree, shared by the page readers: names, attributes and a
// walk. libxml2's HTML parser lower-cases element and attribute names.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <string_view>

namespace dateline::detail {

inline std::string_view element_name(const xmlNode* node) {
  return node && node->name ? reinterpret_cast<const char*>(node->name) : "";
}

inline bool is_element(const xmlNode* node, std::string_view name) {
  return node && node->type == XML_ELEMENT_NODE && element_name(node) == name;
}

// The attribute's value ("" when absent), entities decoded.
inline std::string attribute(const xmlNode* node, const char* name) {
  if (!node || node->type != XML_ELEMENT_NODE) return {};
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!value) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

inline bool has_attribute(const xmlNode* node, const char* name) {
  return node && node->type == XML_ELEMENT_NODE &&
         xmlHasProp(node, reinterpret_cast<const xmlChar*>(name)) != nullptr;
}

// The text of a node's descendants, as they are (no layout): for short fields (a byline).
inline std::string raw_text(const xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  if (!content) return {};
  std::string out(reinterpret_cast<const char*>(content));
  xmlFree(content);
  return out;
}

// Calls `visit(element)` on every element below `node` in document order; `visit` returns
// false to skip that element's descendants.
template <typename Visit>
void for_each_element(const xmlNode* node, Visit&& visit) {
  for (const xmlNode* child = node ? node->children : nullptr; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (visit(child)) for_each_element(child, visit);
  }
}

inline const xmlNode* document_root(const xmlDoc* doc) {
  return doc ? xmlDocGetRootElement(doc) : nullptr;
}

}  // namespace dateline::detail
