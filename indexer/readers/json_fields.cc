#include "readers/json_fields.h"

#include <fmt/format.h>

#include "log_text.h"

namespace dateline {

TextField text_field(const nlohmann::json& object, const char* name) {
  TextField f;
  const auto it = object.find(name);
  if (it == object.end() || it->is_null()) return f;
  if (it->is_string()) {
    f.value = it->get<std::string>();
  } else {
    f.wrong_type = true;
  }
  return f;
}

TextListField text_list_field(const nlohmann::json& object, const char* name) {
  TextListField f;
  const auto it = object.find(name);
  if (it == object.end() || it->is_null()) return f;
  if (it->is_string()) {
    f.values.push_back(it->get<std::string>());
    return f;
  }
  if (!it->is_array()) {
    f.wrong_type = true;
    return f;
  }
  for (const auto& v : *it) {
    if (v.is_string()) {
      f.values.push_back(v.get<std::string>());
    } else {
      f.other_elements = true;
    }
  }
  return f;
}

std::string parse_error_reason(const nlohmann::json::parse_error& e) {
  const std::string what = e.what();
  const auto colon = what.find(": ");
  // nlohmann quotes the token it stopped at whole: a 20 MB string would be one log line.
  return log_safe(colon == std::string::npos ? what : what.substr(colon + 2), 200);
}

std::string not_a_string_warning(const char* name) {
  return fmt::format("field '{}' is not a string (ignored)", name);
}

std::string not_a_list_warning(const char* name) {
  return fmt::format("field '{}' is not a list of strings (ignored)", name);
}

}  // namespace dateline
