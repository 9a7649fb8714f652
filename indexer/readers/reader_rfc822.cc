// RFC 822 news posts (mini_newsgroups): headers, a blank line, the body.
//
//   From: leech@cs.unc.edu (Jon Leech)
//   Newsgroups: sci.space,sci.answers,news.answers
//   Subject: Space FAQ 12/15 - Controversial Questions
//   Date: 1 Apr 93 10:00:29 GMT
//
// Headers may be folded onto indented continuation lines. The signature is not part of the
// post: after a "-- " line, or a short last block with an e-mail address or a phone number
// (the poster's address would otherwise become a place of every post they write).
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <span>

#include "dates.h"
#include "readers/reader.h"
#include "text.h"

namespace dateline::detail {

namespace {

// How many lines of the body come before its signature (all of them when it has none).
std::size_t signature_start(std::span<const std::string_view> body) {
  // The last "-- " delimiter; one with nothing before it is not one (a post of only a
  // signature keeps it).
  bool text = false;
  std::size_t delimiter = body.size();
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (text && (body[i] == "-- " || body[i] == "--")) delimiter = i;
    text = text || !trim(body[i]).empty();
  }
  if (delimiter < body.size()) return delimiter;
  // The last block after a blank line: a signature when short and holding an address.
  std::size_t end = body.size();
  while (end > 0 && trim(body[end - 1]).empty()) --end;
  std::size_t start = end;
  while (start > 0 && !trim(body[start - 1]).empty()) --start;
  constexpr std::size_t max_signature_lines = 8;
  const bool text_before =
      std::any_of(body.begin(), body.begin() + static_cast<std::ptrdiff_t>(start),
                  [](std::string_view line) { return !trim(line).empty(); });
  if (!text_before || end - start > max_signature_lines) return body.size();
  const bool address =
      std::any_of(body.begin() + static_cast<std::ptrdiff_t>(start),
                  body.begin() + static_cast<std::ptrdiff_t>(end), [](std::string_view line) {
                    const auto at = line.find('@');
                    const bool email = at != std::string_view::npos && at > 0 &&
                                       line.find('.', at) != std::string_view::npos;
                    return email || line.find("Phone") != std::string_view::npos ||
                           line.find("FAX") != std::string_view::npos ||
                           line.find("Fax") != std::string_view::npos;
                  });
  return address ? start : body.size();
}

// "leech@cs.unc.edu (Jon Leech)" -> "Jon Leech"; "Jon Leech <leech@cs.unc.edu>" -> "Jon Leech".
std::string author_name(std::string_view from) {
  from = trim(from);
  if (const auto open = from.find('('); open != std::string_view::npos) {
    const auto close = from.find(')', open);
    const auto name =
        trim(from.substr(open + 1, close == std::string_view::npos ? close : close - open - 1));
    if (!name.empty()) return std::string(name);
  }
  if (const auto angle = from.find('<'); angle != std::string_view::npos && angle > 0) {
    std::string name(trim(from.substr(0, angle)));
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"')
      name = name.substr(1, name.size() - 2);
    if (!name.empty()) return name;
  }
  // "<RVESTERM@vma.cc.nd.edu>": only an address, shown without its brackets.
  if (from.size() > 2 && from.front() == '<' && from.back() == '>') {
    from = trim(from.substr(1, from.size() - 2));
  }
  return std::string(from);
}

}  // namespace

void read_rfc822(std::string_view content, const SourceFile& file, ReaderOutput& out) {
  const std::string text = checked_utf8(content, 1, out);
  const auto lines = split_lines(text);
  std::map<std::string, std::string> headers;
  std::map<std::string, std::size_t> header_line;
  std::string last;
  std::size_t i = 0;
  for (; i < lines.size() && !lines[i].empty(); ++i) {
    const auto line = lines[i];
    if ((line[0] == ' ' || line[0] == '\t') && !last.empty()) {
      headers[last] += ' ';
      headers[last] += trim(line);
      continue;
    }
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) {
      out.problem({i + 1, "malformed header line (not 'Name: value')", Problem::Kind::rejected});
      return;
    }
    last = ascii_lower(trim(line.substr(0, colon)));
    if (!headers.contains(last)) {
      headers[last] = std::string(trim(line.substr(colon + 1)));
      header_line[last] = i + 1;
    }
  }
  Article a = new_article("rfc822", file, 1);
  a.source = "Usenet";
  std::string message_id = headers["message-id"];
  if (message_id.size() > 2 && message_id.front() == '<' && message_id.back() == '>')
    message_id = message_id.substr(1, message_id.size() - 2);
  a.id = message_id.empty() ? file.id_path() : message_id;
  a.title = squeeze_spaces(headers["subject"]);
  a.byline = author_name(headers["from"]);
  for (std::string_view groups = headers["newsgroups"]; !groups.empty();) {
    const auto comma = groups.find(',');
    const auto g = trim(groups.substr(0, comma));
    if (!g.empty()) a.topics.emplace_back(g);
    groups.remove_prefix(comma == std::string_view::npos ? groups.size() : comma + 1);
  }
  a.date = metadata_date(headers["date"], header_line["date"], "Date:", out);
  std::string body;
  if (i < lines.size()) ++i;  // the blank line after the headers; a post may have none
  const std::size_t end = i + signature_start(std::span(lines).subspan(i));
  for (; i < end; ++i) {
    body += lines[i];
    body += '\n';
  }
  a.body = std::string(trim(body));
  if (a.title.empty() && a.body.empty()) {
    out.problem({1, "empty post (no Subject:, no body)", Problem::Kind::rejected});
    return;
  }
  warn_if_bodiless(a, out);
  out.article(std::move(a));
}

}  // namespace dateline::detail
