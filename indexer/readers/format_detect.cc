#include <algorithm>
#include <array>

#include "readers/reader.h"
#include "readers/record_limits.h"
#include "readers/xml_root.h"
#include "text.h"

namespace dateline {

namespace {

constexpr std::pair<Format, std::string_view> names[] = {
    {Format::text, "text"},     {Format::jsonl, "jsonl"},   {Format::reuters, "reuters"},
    {Format::rfc822, "rfc822"}, {Format::html, "html"},     {Format::feed, "feed"},
    {Format::nitf, "nitf"},     {Format::newsml, "newsml"}, {Format::warc, "warc"},
};

std::string_view extension_of(std::string_view path) {
  const auto slash = path.rfind('/');
  const auto dot = path.rfind('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
  return path.substr(dot + 1);
}

// How much of a file detection looks at: enough for any real header block or headline, little
// enough that a 50 MB archive costs nothing. The head: many NUL bytes there mean binary (one
// stray NUL is a damaged record, which its reader repairs), and Reuters SGML and JSON Lines show
// in their first bytes.
constexpr std::size_t head_bytes = 4096;
constexpr std::size_t header_sniff_bytes = 16384;  // a Usenet header block with long References
constexpr std::size_t headline_sniff_bytes = 8192;
// RFC 822 field names are short ("Content-Transfer-Encoding" is 25); a colon further in is prose.
constexpr std::size_t max_field_name = 40;
// A first line longer than this is a paragraph, not a headline.
constexpr std::size_t max_headline_bytes = 400;

// Binary (an image, a PDF, UTF-16) has NULs throughout; a text file damaged by one has one.
constexpr std::size_t binary_nul_ratio = 64;  // one NUL in 64 bytes of the head or more

bool looks_binary(std::string_view content) {
  const std::string_view head = content.substr(0, head_bytes);
  const auto nuls = static_cast<std::size_t>(std::count(head.begin(), head.end(), '\0'));
  return nuls > 0 && nuls * binary_nul_ratio >= head.size();
}

// "Name: value" with an RFC 822 field name: printable ASCII but no colon ("Article-I.D.:").
bool is_header_line(std::string_view line) {
  const auto colon = line.find(':');
  if (colon == 0 || colon == std::string_view::npos || colon > max_field_name) return false;
  return std::all_of(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(colon),
                     [](char c) { return c > ' ' && c < 127; });
}

bool looks_rfc822(std::string_view content) {
  const auto lines = split_lines(content.substr(0, header_sniff_bytes));
  if (lines.empty() || !is_header_line(lines[0])) return false;
  int known = 0;
  for (auto line : lines) {
    if (line.empty()) break;
    if (line[0] == ' ' || line[0] == '\t') continue;  // folded header
    if (!is_header_line(line)) return false;
    for (std::string_view name : {"From:", "Subject:", "Date:", "Newsgroups:", "Message-ID:"})
      if (starts_with_ci(line, name)) ++known;
  }
  return known >= 2;
}

// A headline on the first line, a blank line, then text: scraped articles and the BBC corpus.
bool looks_article_text(std::string_view content) {
  if (content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3);
  const auto lines = split_lines(content.substr(0, headline_sniff_bytes));
  if (lines.size() < 3) return false;
  const auto headline = trim(lines[0]);
  return !headline.empty() && headline.size() <= max_headline_bytes && lines[0].front() != ' ' &&
         trim(lines[1]).empty() && !trim(lines[2]).empty();
}

// "<!DOCTYPE html>" or "<html" once a BOM, an XML declaration, comments and whitespace are
// passed; or a .html/.htm file that starts with markup (a fragment saved by a scraper).
bool looks_html(std::string_view content, std::string_view ext) {
  std::string_view s = content.substr(0, head_bytes);
  if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
  for (;;) {
    s = trim(s);
    const bool comment = s.starts_with("<!--");
    if (!comment && !s.starts_with("<?xml")) break;
    const auto end = s.find(comment ? "-->" : "?>");
    if (end == std::string_view::npos) return false;
    s.remove_prefix(end + (comment ? 3 : 2));
  }
  if (starts_with_ci(s, "<!doctype html") || starts_with_ci(s, "<html")) return true;
  return (ascii_lower(ext) == "html" || ascii_lower(ext) == "htm") && s.starts_with("<");
}

}  // namespace

std::string_view format_name(Format format) {
  for (const auto& [f, name] : names)
    if (f == format) return name;
  return "text";
}

std::vector<std::string> format_names() {
  std::vector<std::string> out;
  for (const auto& [f, name] : names) out.emplace_back(name);
  return out;
}

std::optional<Format> format_from_name(std::string_view name) {
  for (const auto& [f, n] : names)
    if (n == name) return f;
  return std::nullopt;
}

std::optional<Format> detect_format(std::string_view content, std::string_view path) {
  // A web crawl's records: their payloads may be binary (images, gzip), the head may be too.
  if (content.starts_with("WARC/1.")) return Format::warc;
  if (looks_binary(content)) return std::nullopt;
  const std::string_view head = trim(content.substr(0, head_bytes));
  if (head.starts_with("<!DOCTYPE lewis") || head.starts_with("<REUTERS")) return Format::reuters;
  if (head.starts_with("{")) return Format::jsonl;
  if (auto xml = detail::news_xml_format(head)) return xml;
  if (looks_rfc822(content)) return Format::rfc822;
  const std::string_view ext = extension_of(path);
  if (looks_html(content, ext)) return Format::html;
  // The text layout is a weak signal (a Markdown README has it too): only where the name
  // says plain text, or says nothing.
  if ((ext.empty() || ext == "txt" || ext == "text") && looks_article_text(content))
    return Format::text;
  if (ext == "sgm") return Format::reuters;
  if (ext == "jsonl" || ext == "ndjson") return Format::jsonl;
  if (ext == "eml") return Format::rfc822;
  // A feed or NITF file whose head is damaged is still one (its reader says what is wrong);
  // .xml says nothing of which XML it holds, so only its root counts.
  if (ext == "rss" || ext == "atom") return Format::feed;
  if (ext == "nitf") return Format::nitf;
  if (ext == "warc") return Format::warc;
  return std::nullopt;
}

void read_articles(Format format, std::string_view content, const SourceFile& file,
                   ReaderOutput& out) {
  if (one_article_per_file(format) &&
      !limits::within_record_limit("article", content.size(), 1, out))
    return;
  ReaderOutput checked{[&out](Article&& a) {
                         if (auto why = limits::article_over_limits(a)) {
                           out.problem({a.line, std::move(*why), Problem::Kind::rejected});
                           return;
                         }
                         out.article(std::move(a));
                       },
                       out.problem};
  switch (format) {
    case Format::text:
      return detail::read_text(content, file, checked);
    case Format::jsonl:
      return detail::read_jsonl(content, file, checked);
    case Format::reuters:
      return detail::read_reuters(content, file, checked);
    case Format::rfc822:
      return detail::read_rfc822(content, file, checked);
    case Format::html:
      return detail::read_html(content, file, checked);
    case Format::feed:
      return detail::read_feed(content, file, checked);
    case Format::nitf:
      return detail::read_nitf(content, file, checked);
    case Format::newsml:
      return detail::read_newsml(content, file, checked);
    case Format::warc:
      return detail::read_warc(content, file, checked);
  }
}
}  // namespace dateline
