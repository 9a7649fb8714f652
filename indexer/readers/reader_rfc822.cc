// RFC 822 news posts (mini_newsgroups): headers, a blank line, the body.
//
//   From: leech@cs.unc.edu (Jon Leech)
//   Newsgroups: sci.space,sci.answers,news.answers
//   Subject: Space FAQ 12/15 - Controversial Questions
//   Date: 1 Apr 93 10:00:29 GMT
//
// Headers may be folded onto indented continuation lines.
#include <fmt/format.h>

#include <map>

#include "dates.h"
#include "readers/reader.h"
#include "text.h"

namespace dateline::detail {

namespace {

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
  for (++i; i < lines.size(); ++i) {
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
