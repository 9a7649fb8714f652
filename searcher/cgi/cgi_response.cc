#include "cgi_response.h"

#include <fmt/format.h>

namespace dateline {

namespace {

std::string_view reason_phrase(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 400:
      return "Bad Request";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 503:
      return "Service Unavailable";
    default:
      return "Internal Server Error";
  }
}

}  // namespace

std::string cgi_response(int status, std::string_view type, const std::string& body,
                         bool head_only) {
  std::string out =
      fmt::format("Status: {} {}\r\nContent-Type: {}\r\n", status, reason_phrase(status), type);
  out +=
      "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
      "base-uri 'none'; frame-ancestors 'none'\r\n";
  out += "X-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\n";
  out += fmt::format("Content-Length: {}\r\n\r\n", body.size());
  if (!head_only) out += body;
  return out;
}

}  // namespace dateline
