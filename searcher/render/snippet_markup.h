// A snippet's text with its matches marked for one medium: <b> in HTML, bold on a terminal,
// brackets in a test. The text between the marks goes through the medium's own escaping.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "results.h"

namespace dateline {

using Escape = std::function<std::string(std::string_view)>;

// The snippet's text through `escape`, each match between `on` and `off`.
std::string mark_snippet(const Snippet& snippet, std::string_view on, std::string_view off,
                         const Escape& escape);

// The hit's headline with its marks; unmarked when the marks were not made for this title (a
// Hit built by hand).
Snippet marked_title(const Hit& hit);

// The snippet as HTML: escaped text, matches in <b>…</b>. Safe inside HTML and JSON.
std::string snippet_html(const Snippet& snippet);

// The snippet's text unescaped, matches between `on` and `off` (empty by default).
std::string snippet_plain(const Snippet& snippet, std::string_view on = "",
                          std::string_view off = "");

}  // namespace dateline
