// Charsets of web pages. HTML's own rule (WHATWG "encoding sniffing") is BOM, then transport
// header, then <meta> in the first 1024 bytes, then a guess; files have no transport header,
// and we look further than 1024 bytes because pages put long <script>s before their <meta>.
#include "readers/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>
#include <memory>

#include "text.h"

namespace dateline {

namespace {

// How far into a page its <meta charset> is looked for.
constexpr std::size_t declaration_scan_bytes = 8192;
// How much of a page ucsdet reads: its statistics settle long before this.
constexpr std::size_t detection_bytes = 65536;

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The value after `charset=` at `from`: quoted or up to a delimiter.
std::string charset_value(std::string_view s, std::size_t from) {
  while (from < s.size() && is_space_byte(s[from])) ++from;
  if (from < s.size() && (s[from] == '"' || s[from] == '\'')) ++from;
  std::size_t end = from;
  while (end < s.size() && !is_space_byte(s[end]) && s[end] != '"' && s[end] != '\'' &&
         s[end] != ';' && s[end] != '>' && s[end] != '/')
    ++end;
  return std::string(s.substr(from, end - from));
}

}  // namespace

std::string declared_html_charset(std::string_view page) {
  const std::string head = ascii_lower(page.substr(0, declaration_scan_bytes));
  for (std::size_t at = head.find("<meta"); at != std::string::npos;
       at = head.find("<meta", at + 5)) {
    const std::size_t end = head.find('>', at);
    const std::string_view tag =
        std::string_view(head).substr(at, end == std::string::npos ? std::string::npos : end - at);
    // Both forms put "charset" in the tag: <meta charset=x>, content="text/html; charset=x";
    // only the second is inside a quoted value, and only with http-equiv.
    const std::size_t cs = tag.find("charset");
    if (cs == std::string_view::npos) continue;
    const auto quotes = std::count_if(tag.begin(), tag.begin() + static_cast<std::ptrdiff_t>(cs),
                                      [](char c) { return c == '"' || c == '\''; });
    if (quotes % 2 == 1 && tag.find("http-equiv") == std::string_view::npos) continue;
    std::size_t eq = cs + 7;
    while (eq < tag.size() && is_space_byte(tag[eq])) ++eq;
    if (eq >= tag.size() || tag[eq] != '=') continue;
    // The label as written: positions in the lower-cased copy are those of the page.
    std::string label = charset_value(page.substr(0, declaration_scan_bytes), at + eq + 1);
    if (!label.empty()) return label;
  }
  return {};
}

std::string charset_for_label(std::string_view label) {
  const std::string l = ascii_lower(trim(label));
  struct Alias {
    std::string_view label;
    std::string_view charset;
  };
  static constexpr std::array<Alias, 17> aliases{{
      {"utf8", "UTF-8"},
      {"unicode-1-1-utf-8", "UTF-8"},
      {"us-ascii", "windows-1252"},
      {"ascii", "windows-1252"},
      {"iso-8859-1", "windows-1252"},
      {"iso8859-1", "windows-1252"},
      {"latin1", "windows-1252"},
      {"l1", "windows-1252"},
      {"gb2312", "GB18030"},
      {"gbk", "GB18030"},
      {"x-gbk", "GB18030"},
      {"chinese", "GB18030"},
      {"shift_jis", "windows-31j"},
      {"shift-jis", "windows-31j"},
      {"sjis", "windows-31j"},
      {"x-sjis", "windows-31j"},
      {"euc-kr", "windows-949"},
  }};
  for (const auto& a : aliases)
    if (l == a.label) return std::string(a.charset);
  if (l == "utf-8") return "UTF-8";
  return std::string(trim(label));
}

std::optional<std::string> detect_charset(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status),
                                                                            &ucsdet_close);
  if (U_FAILURE(status)) return std::nullopt;
  // Tags and attribute names are ASCII in every charset: filtering them leaves the text whose
  // byte statistics tell the charsets apart.
  ucsdet_enableInputFilter(detector.get(), true);
  const std::string_view sample = bytes.substr(0, detection_bytes);
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || !match) return std::nullopt;
  const char* name = ucsdet_getName(match, &status);
  if (U_FAILURE(status) || !name) return std::nullopt;
  return charset_for_label(name);
}

std::optional<std::string> convert_to_utf8(std::string_view bytes, std::string_view charset) {
  const std::string from(charset);
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<UConverter, decltype(&ucnv_close)> probe(ucnv_open(from.c_str(), &status),
                                                                 &ucnv_close);
  if (U_FAILURE(status)) return std::nullopt;
  if (bytes.empty()) return std::string();
  // Every charset's character becomes at most 3 UTF-8 bytes per source byte (a lone byte can
  // become U+FFFD, 3 bytes); 4-byte characters come from at least 2 source bytes.
  std::string out(bytes.size() * 3 + 4, '\0');
  status = U_ZERO_ERROR;
  const int32_t n =
      ucnv_convert("UTF-8", from.c_str(), out.data(), static_cast<int32_t>(out.size()),
                   bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return std::nullopt;
  out.resize(static_cast<std::size_t>(n));
  return out;
}

Utf8Text html_to_utf8(std::string_view page) {
  Utf8Text r;
  struct Bom {
    std::string_view bytes;
    std::string_view charset;
  };
  static constexpr std::array<Bom, 3> boms{
      {{"\xEF\xBB\xBF", "UTF-8"}, {"\xFF\xFE", "UTF-16LE"}, {"\xFE\xFF", "UTF-16BE"}}};
  for (const auto& bom : boms) {
    if (!page.starts_with(bom.bytes)) continue;
    page.remove_prefix(bom.bytes.size());
    r.charset = bom.charset;
    r.from = Utf8Text::From::bom;
    r.text = bom.charset == "UTF-8" ? std::string(page)
                                    : convert_to_utf8(page, bom.charset).value_or(std::string());
    return r;
  }
  // Valid UTF-8 beyond ASCII is practically never text of another charset (GBK or Shift-JIS
  // byte pairs, Windows-1252 accents, seldom form valid sequences for long), while a stale
  // declaration is common: scrapers and converters re-encode pages to UTF-8 and leave their
  // <meta charset="gb2312"> (the Tencent page of bench/html-extraction.sh).
  const bool utf8 = is_valid_utf8(page);
  if (utf8 && std::any_of(page.begin(), page.end(),
                          [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
    r.text = std::string(page);
    r.charset = "UTF-8";
    r.from = Utf8Text::From::detected;
    return r;
  }
  if (const std::string label = declared_html_charset(page); !label.empty()) {
    std::string charset = charset_for_label(label);
    // A page read as bytes cannot be UTF-16 without a BOM: its <meta> was readable as ASCII.
    // Browsers read such a declaration as UTF-8, and so do we.
    if (starts_with_ci(charset, "utf-16")) charset = "UTF-8";
    if (charset == "UTF-8") {
      r.text = std::string(page);
      r.charset = charset;
      r.from = Utf8Text::From::declared;
      return r;
    }
    if (auto text = convert_to_utf8(page, charset)) {
      r.text = std::move(*text);
      r.charset = std::move(charset);
      r.from = Utf8Text::From::declared;
      return r;
    }
    r.unknown_declared = label;
  }
  // ASCII alone: any ASCII-compatible charset reads it alike.
  if (utf8) {
    r.text = std::string(page);
    r.charset = "UTF-8";
    r.from = Utf8Text::From::assumed;
    return r;
  }
  if (auto charset = detect_charset(page)) {
    if (auto text = convert_to_utf8(page, *charset)) {
      r.text = std::move(*text);
      r.charset = std::move(*charset);
      r.from = Utf8Text::From::detected;
      return r;
    }
  }
  // Nothing fits: Windows-1252 decodes every byte, and it is the web's commonest legacy charset.
  r.text = convert_to_utf8(page, "windows-1252").value_or(std::string(page));
  r.charset = "windows-1252";
  r.from = Utf8Text::From::assumed;
  return r;
}

}  // namespace dateline
