// Fields of a JSON object typed as the interchange format (README) types them, for the JSON
// Lines reader and sidecars. Each caller decides what a field of the wrong type costs; the
// warning's words are the same for both.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace dateline {

struct TextField {
  std::optional<std::string> value;  // nullopt when absent, null or of the wrong type
  bool wrong_type = false;           // present, but not a string
};
TextField text_field(const nlohmann::json& object, const char* name);

struct TextListField {
  std::vector<std::string> values;  // the strings; one string stands for a list of one
  bool wrong_type = false;          // neither a string nor an array
  bool other_elements = false;      // an array holding non-strings (left out of `values`)
};
TextListField text_list_field(const nlohmann::json& object, const char* name);

// The reason in a parse error's message: "[json.exception.parse_error.101] parse error at
// line 1, column 7: syntax error ..." -> what follows the first ": ".
std::string parse_error_reason(const nlohmann::json::parse_error& e);

// "field 'date' is not a string (ignored)", "field 'places' is not a list of strings (ignored)"
std::string not_a_string_warning(const char* name);
std::string not_a_list_warning(const char* name);

}  // namespace dateline
