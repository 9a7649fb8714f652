#include "readers/xml_root.h"

#include "text.h"

namespace dateline::detail {

namespace {

constexpr std::string_view atom_ns = "http://www.w3.org/2005/Atom";
constexpr std::string_view newsml_g2_ns = "http://iptc.org/std/nar/2006-10-01/";

// Drops what may come before the root: "<?...?>", "<!--...-->" and "<!DOCTYPE ...>" with an
// internal subset in brackets. False when one of them is not closed within the head.
bool skip_prolog(std::string_view& s) {
  for (;;) {
    s = trim(s);
    std::string_view close;
    if (s.starts_with("<?")) {
      close = "?>";
    } else if (s.starts_with("<!--")) {
      close = "-->";
    } else if (s.starts_with("<!DOCTYPE") || s.starts_with("<!doctype")) {
      const auto bracket = s.find('[');
      const auto gt = s.find('>');
      close = bracket != std::string_view::npos && bracket < gt ? "]>" : ">";
    } else {
      return true;
    }
    const auto end = s.find(close);
    if (end == std::string_view::npos) return false;
    s.remove_prefix(end + close.size());
  }
}

std::string_view local_part(std::string_view qname) {
  const auto colon = qname.find(':');
  return colon == std::string_view::npos ? qname : qname.substr(colon + 1);
}

}  // namespace

std::optional<XmlRoot> xml_root(std::string_view head) {
  std::string_view s = head;
  if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
  if (!skip_prolog(s) || !s.starts_with("<") || s.size() < 2) return std::nullopt;
  const auto name_end = s.find_first_of(" \t\r\n/>", 1);
  if (name_end == std::string_view::npos) return std::nullopt;
  const auto tag_end = s.find('>');
  if (tag_end == std::string_view::npos) return std::nullopt;
  return XmlRoot{s.substr(1, name_end - 1), s.substr(0, tag_end + 1)};
}

std::optional<Format> news_xml_format(std::string_view head) {
  const auto root = xml_root(head);
  if (!root) return std::nullopt;
  const std::string_view name = local_part(root->name);
  // The namespace is checked by its URI in the start tag: a prefix can be any word, and a
  // <feed> or <newsItem> of another vocabulary is not ours.
  const auto declares = [&](std::string_view ns) {
    return root->start_tag.find(ns) != std::string_view::npos;
  };
  if (root->name == "rss") return Format::feed;
  if (name == "feed" && declares(atom_ns)) return Format::feed;
  if (root->name == "nitf") return Format::nitf;
  if ((name == "newsItem" || name == "packageItem" || name == "newsMessage") &&
      declares(newsml_g2_ns))
    return Format::newsml;
  return std::nullopt;
}

}  // namespace dateline::detail
