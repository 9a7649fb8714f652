// The CGI's answer: status and headers, then the body (none for HEAD).
#pragma once

#include <string>
#include <string_view>

namespace dateline {

inline constexpr std::string_view html_type = "text/html; charset=utf-8";
inline constexpr std::string_view json_type = "application/json; charset=utf-8";
inline constexpr std::string_view atom_type = "application/atom+xml; charset=utf-8";
inline constexpr std::string_view opensearch_type =
    "application/opensearchdescription+xml; charset=utf-8";

// "Status: 200 OK\r\n…\r\n\r\n" and `body` unless `head_only`. The headers forbid scripts and
// outside resources: the page uses none, so an escaping slip cannot run one.
std::string cgi_response(int status, std::string_view type, const std::string& body,
                         bool head_only);

}  // namespace dateline
