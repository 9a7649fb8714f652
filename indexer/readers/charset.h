// Bytes in a web page's charset to UTF-8, the only encoding the rest of the indexer reads.
// ICU does the decoding and the guessing; this file decides whom to believe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dateline {

struct Utf8Text {
  enum class From { bom, declared, detected, assumed };
  std::string text;     // UTF-8 (invalid bytes of a page that claims UTF-8 are left for the caller)
  std::string charset;  // the ICU converter used: "UTF-8", "windows-1252", "windows-31j", ...
  From from = From::assumed;
  std::string unknown_declared = {};  // a declared charset ICU has no converter for
};

// The charset an HTML page declares in its first bytes, from `<meta charset="...">` or
// `<meta http-equiv="Content-Type" content="text/html; charset=...">`, as written ("Shift_JIS");
// empty when it declares none.
std::string declared_html_charset(std::string_view page);

// The charset a browser would decode `label` with: WHATWG's encoding labels, where ISO-8859-1
// and US-ASCII mean Windows-1252, GB2312 means GBK (GB18030 is its superset) and Shift_JIS
// means Microsoft's variant, because that is what pages so labelled are written in.
std::string charset_for_label(std::string_view label);

// ICU's guess (ucsdet) at the charset of `bytes`, markup ignored; nullopt when it has none.
std::optional<std::string> detect_charset(std::string_view bytes);

// `bytes` in `charset` as UTF-8 (undecodable bytes become U+FFFD); nullopt when ICU knows no
// such charset.
std::optional<std::string> convert_to_utf8(std::string_view bytes, std::string_view charset);

// A page's bytes as UTF-8: a byte-order mark first (it is the bytes themselves speaking), then
// valid UTF-8 with non-ASCII bytes as itself, then the page's own declaration, then ICU's
// detection, then Windows-1252.
Utf8Text html_to_utf8(std::string_view page);

}  // namespace dateline
