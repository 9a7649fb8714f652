#include "readers/sidecar.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "dates.h"
#include "log_text.h"
#include "readers/json_fields.h"
#include "text.h"

namespace dateline {

namespace {

using json = nlohmann::json;

std::size_t line_at(std::string_view content, std::size_t offset) {
  offset = std::min(offset, content.size());
  return 1 + static_cast<std::size_t>(std::count(
                 content.begin(), content.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// The line of `"name":` in the sidecar, for warnings about that field (the parsed JSON keeps
// no positions); 1 when the key is written some other way.
std::size_t line_of_key(std::string_view content, std::string_view name) {
  const std::string quoted = fmt::format("\"{}\"", name);
  for (std::size_t at = content.find(quoted); at != std::string_view::npos;
       at = content.find(quoted, at + 1)) {
    std::size_t after = at + quoted.size();
    while (after < content.size() && (content[after] == ' ' || content[after] == '\t' ||
                                      content[after] == '\n' || content[after] == '\r'))
      ++after;
    if (after < content.size() && content[after] == ':') return line_at(content, at);
  }
  return 1;
}

class Fields {
 public:
  Fields(const json& j, std::string_view content, std::vector<Problem>& problems)
      : j_(j), content_(content), problems_(problems) {}

  // Empty and blank strings count as absent.
  std::optional<std::string> string(const char* name) {
    const TextField f = text_field(j_, name);
    if (f.wrong_type) warn(name, not_a_string_warning(name));
    if (!f.value) return std::nullopt;
    std::string value(trim(*f.value));
    if (value.empty()) return std::nullopt;
    return value;
  }

  // Unlike a JSON Lines record, a list holding anything but strings is ignored whole.
  std::vector<std::string> strings(const char* name) {
    const TextListField f = text_list_field(j_, name);
    std::vector<std::string> values;
    if (f.wrong_type || f.other_elements) {
      warn(name, not_a_list_warning(name));
      return values;
    }
    for (const auto& v : f.values) {
      std::string value(trim(v));
      if (!value.empty()) values.push_back(std::move(value));
    }
    return values;
  }

  void warn(const char* name, std::string reason) {
    problems_.push_back({line_of_key(content_, name), std::move(reason), Problem::Kind::warning});
  }

 private:
  const json& j_;
  std::string_view content_;
  std::vector<Problem>& problems_;
};

bool same_text(std::string_view a, std::string_view b) { return slug(a) == slug(b); }

}  // namespace

std::optional<std::string> sidecar_subject(std::string_view path) {
  constexpr std::string_view ext = ".json";
  if (path.size() <= ext.size() || !path.ends_with(ext) ||
      path[path.size() - ext.size() - 1] == '/')
    return std::nullopt;
  return std::string(path.substr(0, path.size() - ext.size()));
}

std::optional<Sidecar> parse_sidecar(std::string_view content, std::vector<Problem>& problems) {
  if (content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3);
  json j;
  try {
    j = json::parse(content);
  } catch (const json::parse_error& e) {
    problems.push_back({line_at(content, e.byte == 0 ? 0 : e.byte - 1),
                        "sidecar is not valid JSON (ignored): " + parse_error_reason(e),
                        Problem::Kind::warning});
    return std::nullopt;
  } catch (const json::out_of_range&) {
    // "1e400": the sidecar's problem, not the run's (found by fuzz_sidecar).
    problems.push_back(
        {1, "sidecar is not valid JSON (ignored): a number out of range", Problem::Kind::warning});
    return std::nullopt;
  }
  if (!j.is_object()) {
    problems.push_back({1, "sidecar is not a JSON object (ignored)", Problem::Kind::warning});
    return std::nullopt;
  }
  Fields f(j, content, problems);
  Sidecar s;
  if (const auto text = f.string("date")) {
    if (const auto d = parse_date(*text)) {
      s.date = ArticleDate{d->unix_seconds, d->precision, DateSource::metadata};
    } else {
      f.warn("date", fmt::format("unrecognised date '{}' in sidecar (ignored)", excerpt(*text)));
    }
  }
  s.title = f.string("title");
  s.dateline = f.string("dateline");
  s.source = f.string("source");
  s.byline = f.string("byline");
  s.url = f.string("url");
  s.language = f.string("language");
  s.places = f.strings("places");
  s.topics = f.strings("topics");
  return s;
}

void apply_sidecar(Article& a, const Sidecar& s) {
  if (s.date) a.date = s.date;
  auto replace = [](std::string& field, const std::optional<std::string>& value) {
    if (value) field = *value;
  };
  replace(a.title, s.title);
  replace(a.dateline, s.dateline);
  replace(a.source, s.source);
  replace(a.byline, s.byline);
  replace(a.url, s.url);
  replace(a.language, s.language);
  for (const auto& p : s.places) {
    const bool known = std::any_of(a.places.begin(), a.places.end(), [&](const PlaceName& q) {
      return q.role == PlaceRole::tag && same_text(q.text, p);
    });
    if (!known) a.places.push_back({p, PlaceRole::tag});
  }
  for (const auto& t : s.topics) {
    const bool known = std::any_of(a.topics.begin(), a.topics.end(),
                                   [&](const std::string& u) { return same_text(u, t); });
    if (!known) a.topics.push_back(t);
  }
}

}  // namespace dateline
