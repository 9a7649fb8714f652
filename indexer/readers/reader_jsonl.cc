// JSON Lines in the interchange format of DESIGN.md, one article per line:
//
//   {"id": "ax-1", "title": "...", "body": "...", "date": "2025-12-05T14:03:00Z",
//    "dateline": "MIAMI", "places": ["Miami"], "source": "Axadle Times"}
//
// A line that is not a JSON object, or lacks both title and body, is rejected alone.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "dates.h"
#include "document_data.h"
#include "log_text.h"
#include "readers/json_fields.h"
#include "readers/reader.h"
#include "readers/record_limits.h"
#include "text.h"

namespace dateline::detail {

namespace {

using json = nlohmann::json;

// A string field, or empty; a field of the wrong type is reported, not fatal.
std::string string_field(const json& j, const char* name, std::size_t line, ReaderOutput& out) {
  TextField f = text_field(j, name);
  if (f.wrong_type) out.problem({line, not_a_string_warning(name), Problem::Kind::warning});
  return f.value ? std::move(*f.value) : std::string();
}

// The strings of a list field; elements that are not strings are left out silently.
std::vector<std::string> string_list(const json& j, const char* name, std::size_t line,
                                     ReaderOutput& out) {
  TextListField f = text_list_field(j, name);
  if (f.wrong_type) out.problem({line, not_a_list_warning(name), Problem::Kind::warning});
  return std::move(f.values);
}

void read_record(std::string_view raw, std::size_t line, const SourceFile& file,
                 ReaderOutput& out) {
  if (!limits::within_record_limit("line", raw.size(), line, out)) return;
  const std::string text = checked_utf8(raw, line, out);
  json j;
  try {
    j = json::parse(text);
  } catch (const json::parse_error& e) {
    out.problem({line, "malformed JSON: " + parse_error_reason(e), Problem::Kind::rejected});
    return;
  } catch (const json::out_of_range&) {
    // "1e400" in any field: the record's problem, not the run's.
    out.problem({line, "malformed JSON: a number out of range", Problem::Kind::rejected});
    return;
  }
  if (!j.is_object()) {
    out.problem({line, "record is not a JSON object", Problem::Kind::rejected});
    return;
  }
  Article a = new_article("jsonl", file, line);
  if (const auto id = j.find("id");
      id != j.end() && id->is_string() && !id->get<std::string>().empty()) {
    a.id = id->get<std::string>();
  } else if (id != j.end() && id->is_number_unsigned()) {
    // Read as unsigned: 18446744073709551615 read as signed is -1, another record's id.
    a.id = std::to_string(id->get<std::uint64_t>());
  } else if (id != j.end() && id->is_number_integer()) {
    a.id = std::to_string(id->get<std::int64_t>());
  } else {
    // No id of its own: the record's place in its file is the most stable thing it has.
    a.id = fmt::format("{}#{}", file.id_path(), line);
  }
  a.title = squeeze_spaces(string_field(j, "title", line, out));
  a.body = std::string(trim(string_field(j, "body", line, out)));
  if (a.title.empty() && a.body.empty()) {
    out.problem({line, "record has neither title nor body", Problem::Kind::rejected});
    return;
  }
  a.date = metadata_date(string_field(j, "date", line, out), line, "date", out);
  // A date that is not the source's own says so (--extract writes it): a guess stays one.
  if (const std::string source = string_field(j, "date_source", line, out); !source.empty()) {
    const auto s = date_source_from_name(source);
    if (!s)
      out.problem({line,
                   fmt::format("unknown date_source '{}' (read as metadata)", excerpt(source)),
                   Problem::Kind::warning});
    if (s && a.date) a.date->source = *s;
  }
  a.dateline = string_field(j, "dateline", line, out);
  if (std::string place = string_field(j, "dateline_place", line, out); !place.empty())
    a.places.push_back({std::move(place), PlaceRole::dateline});
  for (auto& p : string_list(j, "places", line, out))
    a.places.push_back({std::move(p), PlaceRole::tag});
  a.topics = string_list(j, "topics", line, out);
  a.source = string_field(j, "source", line, out);
  a.byline = string_field(j, "byline", line, out);
  a.url = string_field(j, "url", line, out);
  a.language = string_field(j, "language", line, out);
  warn_if_bodiless(a, out);
  out.article(std::move(a));
}

}  // namespace

void read_jsonl(std::string_view content, const SourceFile& file, ReaderOutput& out) {
  std::size_t line = file.first_line - 1;
  while (!content.empty()) {
    ++line;
    const auto nl = content.find('\n');
    const std::string_view raw = content.substr(0, nl);
    content.remove_prefix(nl == std::string_view::npos ? content.size() : nl + 1);
    if (!trim(raw).empty()) read_record(raw, line, file, out);
  }
}

}  // namespace dateline::detail
