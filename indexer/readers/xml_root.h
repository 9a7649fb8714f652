// Which news XML format a file is, from its root element: format detection's look at an XML
// file's head, before any parser runs.
#pragma once

#include <optional>
#include <string_view>

#include "readers/reader.h"

namespace dateline::detail {

// The root element's qualified name and its start tag's text, once the BOM, XML declaration,
// processing instructions, comments and DOCTYPE before it are passed; nullopt when `head`
// does not start as XML.
struct XmlRoot {
  std::string_view name;       // "rss", "feed", "atom:feed", "nitf"
  std::string_view start_tag;  // "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">"
};
std::optional<XmlRoot> xml_root(std::string_view head);

// feed for <rss> and an Atom <feed>, nitf for <nitf>, newsml for a NewsML-G2 <newsItem>,
// <packageItem> or <newsMessage>; nullopt for any other root (an XHTML page, a sitemap).
std::optional<Format> news_xml_format(std::string_view head);

}  // namespace dateline::detail
