// WARC (ISO 28500: WARC/1.0 and WARC/1.1), the files web crawls are shipped in: records one
// after another, each a version line, named fields, a blank line, Content-Length bytes of
// block, and two CRLFs.
//
//   WARC/1.1
//   WARC-Type: response
//   WARC-Target-URI: https://harbour.example/2024/03/05/strike
//   WARC-Date: 2024-03-05T18:22:41Z
//   Content-Type: application/http;msgtype=response
//   Content-Length: 5120
//
//   HTTP/1.1 200 OK
//   Content-Type: text/html; charset=windows-1252
//
// A response record holding a page (HTTP status 2xx, Content-Type HTML) is an article, read by
// the HTML reader; its target URI is its id and, when the page names no canonical URL, its URL;
// its WARC-Date is when the page was fetched, evidence for a date the page does not give (a
// crawl date, never a publication date: date_evidence.h). Every other record (warcinfo,
// request, metadata, revisit, images, redirects, errors) is passed over without a word: every
// crawl is mostly those.
#include "readers/reader_warc.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "archive_input.h"
#include "dates.h"
#include "log_text.h"
#include "readers/charset.h"
#include "readers/reader.h"
#include "readers/record_limits.h"
#include "text.h"

namespace dateline::detail {

namespace {

// A WARC or HTTP header block is a few hundred bytes; beyond this it is no header block.
constexpr std::size_t max_header_bytes = 64 << 10;

struct Field {
  std::string name;
  std::string value;
};

struct Headers {
  std::vector<Field> fields;
  std::size_t end = 0;  // offset just past the blank line that ends them
};

// The value of field `name` (case-insensitive), or empty.
std::string_view field(const std::vector<Field>& fields, std::string_view name) {
  for (const auto& f : fields)
    if (f.name.size() == name.size() && starts_with_ci(f.name, name)) return f.value;
  return {};
}

// "Name: value" lines from `from` up to a blank line (CRLF or a bare LF), folded lines joined;
// nullopt when no blank line ends them within max_header_bytes.
std::optional<Headers> read_headers(std::string_view text, std::size_t from) {
  Headers h;
  std::size_t pos = from;
  while (pos < text.size() && pos - from <= max_header_bytes) {
    const auto nl = text.find('\n', pos);
    if (nl == std::string_view::npos) return std::nullopt;
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line.empty()) {
      h.end = pos;
      return h;
    }
    if ((line[0] == ' ' || line[0] == '\t') && !h.fields.empty()) {
      h.fields.back().value += " " + std::string(trim(line));
      continue;
    }
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) continue;  // not a field: nothing to take from it
    h.fields.push_back(
        {std::string(trim(line.substr(0, colon))), std::string(trim(line.substr(colon + 1)))});
  }
  return std::nullopt;
}

std::optional<std::uint64_t> parse_length(std::string_view s) {
  s = trim(s);
  if (s.empty() || s.size() > 18 || s.find_first_not_of("0123456789") != std::string_view::npos)
    return std::nullopt;
  return std::stoull(std::string(s));
}

// A Content-Type's media type, lower-case ("text/html"), and its charset parameter as written.
std::pair<std::string, std::string> media_type(std::string_view content_type) {
  const auto semi = content_type.find(';');
  std::string type = ascii_lower(trim(content_type.substr(0, semi)));
  std::string charset;
  for (auto rest = semi == std::string_view::npos ? std::string_view() : content_type.substr(semi);
       !rest.empty();) {
    rest.remove_prefix(1);  // the ';'
    const auto next = rest.find(';');
    const std::string_view param = trim(rest.substr(0, next));
    if (starts_with_ci(param, "charset=")) {
      std::string_view v = trim(param.substr(8));
      if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
      charset = std::string(v);
    }
    rest = next == std::string_view::npos ? std::string_view() : rest.substr(next);
  }
  return {std::move(type), std::move(charset)};
}

bool looks_html(std::string_view body) {
  const std::string_view s = trim(body.substr(0, 1024));
  return starts_with_ci(s, "<!doctype html") || starts_with_ci(s, "<html");
}

// A chunked HTTP body (RFC 9112, 7.1) as its bytes; false when the chunks break off (the bytes
// decoded until then are kept).
bool dechunk(std::string_view body, std::string& out) {
  std::size_t pos = 0;
  while (pos < body.size()) {
    const auto nl = body.find('\n', pos);
    if (nl == std::string_view::npos) return false;
    std::string_view size_line = body.substr(pos, nl - pos);
    size_line = trim(size_line.substr(0, size_line.find(';')));  // chunk extensions
    std::size_t size = 0;
    if (size_line.empty() || size_line.size() > 12) return false;
    for (const char c : size_line) {
      const int digit = c >= '0' && c <= '9'   ? c - '0'
                        : c >= 'a' && c <= 'f' ? c - 'a' + 10
                        : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                               : -1;
      if (digit < 0) return false;
      size = size * 16 + static_cast<std::size_t>(digit);
    }
    pos = nl + 1;
    if (size == 0) return true;  // trailer fields, if any, are not needed
    if (size > body.size() - pos) {
      out.append(body.substr(pos));
      return false;
    }
    out.append(body.substr(pos, size));
    pos += size;
    if (body.substr(pos).starts_with("\r\n")) {
      pos += 2;
    } else if (body.substr(pos).starts_with("\n")) {
      pos += 1;
    }
  }
  return false;  // no last chunk
}

// A gzip-encoded body (Content-Encoding: gzip) as its bytes, at most `limit` + 1 of them (a
// page past the limit is rejected; a gzip bomb is not inflated further); nullopt when damaged.
std::optional<std::string> gunzip(std::string_view body, std::size_t limit) {
  ArchiveInput in = ArchiveInput::from_memory(body);
  if (!in.ok() || !in.next()) return std::nullopt;
  std::string out;
  std::string chunk(1 << 16, '\0');
  while (out.size() <= limit) {
    const std::ptrdiff_t n = in.read(chunk.data(), chunk.size());
    if (n < 0) return std::nullopt;
    if (n == 0) break;
    out.append(chunk.data(), static_cast<std::size_t>(n));
  }
  return out;
}

// WARC/1.1 dates may have up to nine digits of fractions of a second, which parse_date() does
// not take: "2024-03-13T16:45:10.123456Z" is "2024-03-13T16:45:10Z" to a day-precise crawl date.
std::string whole_seconds(std::string_view date) {
  const auto t = date.find('T');
  const auto dot = t == std::string_view::npos ? t : date.find('.', t);
  if (dot == std::string_view::npos) return std::string(date);
  const auto end = date.find_first_not_of("0123456789", dot + 1);
  return std::string(date.substr(0, dot)) +
         std::string(end == std::string_view::npos ? std::string_view() : date.substr(end));
}

std::size_t lines_in(std::string_view text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

// Whether a record is a response holding a page, by its fields and the start of its block (its
// HTTP status and header), or so malformed that its reader has something to say.
bool holds_page(const std::vector<Field>& warc, std::string_view head) {
  if (ascii_lower(trim(field(warc, "WARC-Type"))) != "response") return false;
  // A response of another protocol (dns:, ftp:) is no web page.
  if (!media_type(field(warc, "Content-Type")).first.starts_with("application/http")) return false;
  if (!head.starts_with("HTTP/")) return true;  // malformed: read_response() names it
  // Redirects, errors and "not modified" answers hold no article.
  const auto status_end = head.find('\n');
  const auto space = head.substr(0, status_end).find(' ');
  if (space == std::string_view::npos || !trim(head.substr(space + 1)).starts_with('2'))
    return false;
  const auto http =
      read_headers(head, status_end == std::string_view::npos ? head.size() : status_end + 1);
  if (!http) return true;
  const std::string type = media_type(field(http->fields, "Content-Type")).first;
  // Images, scripts, style sheets and feeds fetched by the crawler are no pages.
  return type == "text/html" || type == "application/xhtml+xml" ||
         (type.empty() && looks_html(head.substr(http->end)));
}

// The block of a record that holds_page(): an HTTP response whose page goes to the HTML reader.
// `line` is the record's first line, `block_line` its block's.
void read_response(const std::vector<Field>& warc, std::string_view block, std::size_t line,
                   std::size_t block_line, const SourceFile& file, ReaderOutput& out) {
  if (!block.starts_with("HTTP/")) {
    out.problem(
        {line, "response record without an HTTP response (skipped)", Problem::Kind::rejected});
    return;
  }
  const auto status_end = block.find('\n');
  const auto http =
      read_headers(block, status_end == std::string_view::npos ? block.size() : status_end + 1);
  if (!http) {
    out.problem({line, "HTTP response whose header has no end (skipped)", Problem::Kind::rejected});
    return;
  }
  const std::string_view body = block.substr(http->end);
  const std::string charset = media_type(field(http->fields, "Content-Type")).second;
  const std::size_t body_line = block_line + lines_in(block.substr(0, http->end));
  const std::size_t last_line = block_line + lines_in(block);
  std::string page;
  if (ascii_lower(field(http->fields, "Transfer-Encoding")).find("chunked") != std::string::npos) {
    if (!dechunk(body, page))
      out.problem({body_line, "broken chunked transfer encoding (read as far as it goes)",
                   Problem::Kind::warning});
  } else {
    page = std::string(body);
  }
  const std::string encoding = ascii_lower(trim(field(http->fields, "Content-Encoding")));
  if (encoding == "gzip" || encoding == "x-gzip") {
    auto inflated = gunzip(page, limits::max_record_bytes);
    if (!inflated) {
      out.problem({body_line, "damaged gzip content (skipped)", Problem::Kind::rejected});
      return;
    }
    page = std::move(*inflated);
  } else if (!encoding.empty() && encoding != "identity") {
    out.problem({body_line,
                 fmt::format("content encoding '{}' is not read (skipped)", excerpt(encoding)),
                 Problem::Kind::rejected});
    return;
  }
  if (!limits::within_record_limit("page", page.size(), line, out)) return;
  // The HTTP header's charset outranks the page's own declaration, as in a browser; a byte-order
  // mark outranks both, and the HTML reader looks for that.
  if (!charset.empty() && !page.starts_with("\xEF\xBB\xBF")) {
    const std::string label = charset_for_label(charset);
    if (label != "UTF-8")
      if (auto utf8 = convert_to_utf8(page, label)) page = std::move(*utf8);
  }

  std::string_view target = trim(field(warc, "WARC-Target-URI"));
  if (target.size() >= 2 && target.front() == '<' && target.back() == '>')  // WARC/1.0's examples
    target = target.substr(1, target.size() - 2);
  const std::string uri = checked_utf8(target, line, out);
  std::optional<std::int64_t> crawled;
  if (const auto date = trim(field(warc, "WARC-Date")); !date.empty()) {
    if (const auto d = parse_date(whole_seconds(date))) {
      crawled = d->unix_seconds;
    } else {
      out.problem({line, fmt::format("unrecognised WARC-Date '{}' (ignored)", excerpt(date)),
                   Problem::Kind::warning});
    }
  }
  ReaderOutput page_out{[&](Article&& a) {
                          a.format = "warc";
                          a.line = line;
                          a.id = uri.empty() ? fmt::format("{}#{}", file.id_path(), line) : uri;
                          if (a.url.empty()) a.url = uri;
                          a.crawled = crawled;
                          out.article(std::move(a));
                        },
                        [&](Problem&& p) {
                          // A page's line in the file; an inflated page has lines the file
                          // has not: those are named by the record's last.
                          p.line = std::min(body_line + (p.line > 0 ? p.line - 1 : 0), last_line);
                          out.problem(std::move(p));
                        }};
  read_html(page, file, page_out);
}

// A source of bytes read ahead as far as asked and no further, its lines counted: a record's
// header and page are looked at in place, anything else passed over without being kept.
class Input {
 public:
  Input(const ByteReader& read, std::string start, std::size_t first_line)
      : read_(read), buffer_(std::move(start)), line_(first_line) {}

  std::size_t line() const { return line_; }
  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }

  // The next `n` bytes, fewer at the end of the input; nothing is consumed.
  std::string_view peek(std::size_t n) {
    while (buffer_.size() - pos_ < n && fill()) {
    }
    return std::string_view(buffer_).substr(pos_, n);
  }
  void consume(std::size_t n) {
    const std::string_view gone = std::string_view(buffer_).substr(pos_, n);
    line_ += lines_in(gone);
    pos_ += gone.size();
  }
  // Passes over `n` bytes, keeping none; how many there were.
  std::uint64_t skip(std::uint64_t n) {
    std::uint64_t done = 0;
    while (done < n) {
      if (pos_ == buffer_.size() && !fill()) break;
      const std::size_t take =
          static_cast<std::size_t>(std::min<std::uint64_t>(n - done, buffer_.size() - pos_));
      consume(take);
      done += take;
    }
    return done;
  }
  // Passes over CRs and LFs; false at the end of the input.
  bool skip_newlines() {
    for (;;) {
      const std::string_view next = peek(1);
      if (next.empty()) return false;
      if (next[0] != '\r' && next[0] != '\n') return true;
      consume(1);
    }
  }
  // After damage: on to the next line that starts a record, or the end.
  void resync() {
    static constexpr std::string_view marker = "\nWARC/1.";
    for (;;) {
      const std::size_t want = buffer_.size() - pos_ + chunk;
      const std::string_view ahead = peek(want);
      if (const auto at = ahead.find(marker); at != std::string_view::npos) {
        consume(at + 1);
        return;
      }
      if (ahead.size() < want) {  // the end
        consume(ahead.size());
        return;
      }
      consume(ahead.size() - (marker.size() - 1));  // a marker may straddle what comes next
    }
  }

 private:
  static constexpr std::size_t chunk = 64 << 10;

  bool fill() {
    if (done_) return false;
    if (pos_ > 0 && pos_ >= buffer_.size() / 2) {  // what was consumed goes
      buffer_.erase(0, pos_);
      pos_ = 0;
    }
    const std::size_t had = buffer_.size();
    buffer_.resize(had + chunk);
    const std::ptrdiff_t n = read_(buffer_.data() + had, chunk, error_);
    buffer_.resize(had + static_cast<std::size_t>(std::max<std::ptrdiff_t>(n, 0)));
    if (n <= 0) done_ = true;
    return n > 0;
  }

  const ByteReader& read_;
  std::string buffer_;
  std::size_t pos_ = 0;
  std::size_t line_;
  bool done_ = false;
  std::string error_;
};

ByteReader memory_reader(std::string_view content) {
  return [content, pos = std::size_t{0}](char* buffer, std::size_t size, std::string&) mutable {
    const std::size_t n = std::min(size, content.size() - pos);
    std::copy_n(content.data() + pos, n, buffer);
    pos += n;
    return static_cast<std::ptrdiff_t>(n);
  };
}

void truncated(std::size_t line, std::uint64_t length, std::uint64_t left, ReaderOutput& out) {
  out.problem(
      {line,
       fmt::format("truncated WARC record: Content-Length {} but {} bytes left", length, left),
       Problem::Kind::rejected});
}

}  // namespace

void read_warc(std::string_view content, const SourceFile& file, ReaderOutput& out) {
  std::string error;
  read_warc_stream(memory_reader(content), {}, file, out, error);  // memory cannot fail
}

bool read_warc_stream(const ByteReader& read, std::string start, const SourceFile& file,
                      ReaderOutput& unchecked, std::string& error) {
  ReaderOutput out = limits::rejecting_over_limits(unchecked);
  Input in(read, std::move(start), file.first_line);
  while (in.skip_newlines()) {  // records are separated by two CRLFs; be lenient with more
    const std::size_t record_line = in.line();
    const std::string_view head = in.peek(max_header_bytes);
    if (!head.starts_with("WARC/")) {
      out.problem(
          {record_line, "not a WARC record (skipped to the next)", Problem::Kind::rejected});
      in.resync();
      continue;
    }
    const auto version_end = head.find('\n');
    const auto headers =
        version_end == std::string_view::npos ? std::nullopt : read_headers(head, version_end + 1);
    if (!headers) {
      out.problem({record_line, "WARC record whose header has no end (skipped to the next)",
                   Problem::Kind::rejected});
      in.resync();
      continue;
    }
    const std::vector<Field> fields = headers->fields;
    const auto length = parse_length(field(fields, "Content-Length"));
    in.consume(headers->end);
    if (!length) {
      out.problem({record_line, "WARC record without a valid Content-Length (skipped)",
                   Problem::Kind::rejected});
      in.resync();
      continue;
    }
    const std::size_t block_line = in.line();
    // A page's block: its HTTP header, and a body that may be compressed or chunked.
    const std::uint64_t max_block = limits::max_record_bytes + max_header_bytes;
    const bool wanted = holds_page(
        fields,
        in.peek(static_cast<std::size_t>(std::min<std::uint64_t>(*length, max_header_bytes))));
    if (!wanted || *length > max_block) {
      if (wanted)
        out.problem({record_line,
                     fmt::format("record of {} bytes is over the limit of {} (rejected)", *length,
                                 max_block),
                     Problem::Kind::rejected});
      const std::uint64_t skipped = in.skip(*length);
      if (skipped < *length) truncated(record_line, *length, skipped, out);
      continue;
    }
    const std::string_view block = in.peek(static_cast<std::size_t>(*length));
    if (block.size() < *length) {
      // Cut short (a crawl killed mid-write, a download broken off); when the length was the
      // damage, the records that follow are still there.
      truncated(record_line, *length, block.size(), out);
      in.resync();
      continue;
    }
    read_response(fields, block, record_line, block_line, file, out);
    in.consume(block.size());
  }
  if (in.failed()) error = in.error();
  return !in.failed();
}

}  // namespace dateline::detail
