// Escaping for HTML, the one medium that needs it: the web page and the JSON `snippet` field.
#pragma once

#include <string>
#include <string_view>

namespace dateline {

// Escapes & < > " ' for HTML text and attribute values. Control characters but tab, newline
// and carriage return, which HTML forbids, are left out.
std::string html_escape(std::string_view s);

// Escapes & < > only (and leaves out control characters): enough for text between tags (never an
// attribute). Snippets use it, as Xapian's own snippet escaping does, so their JSON stays what
// scripts already read.
std::string html_escape_text(std::string_view s);

// A query-string value: unreserved bytes kept, a space as '+', every other byte as %XX.
std::string url_encode(std::string_view s);

}  // namespace dateline
