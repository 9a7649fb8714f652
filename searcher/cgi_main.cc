// dateline.cgi: read the request's parameters, call the search core, render HTML or JSON.
// The database comes from the server's configuration ($DATELINE_DB), never from the request.
// Run from a shell with NAME=VALUE arguments to debug: dateline.cgi q=cocoa place=usa
#include <xapian.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "cgi_request.h"
#include "db_path.h"
#include "errors.h"
#include "render_html.h"
#include "render_json.h"
#include "searcher.h"

namespace {

void respond(int status, std::string_view reason, std::string_view type, const std::string& body, bool head_only) {
  std::printf("Status: %d %.*s\r\n", status, static_cast<int>(reason.size()), reason.data());
  std::printf("Content-Type: %.*s\r\n", static_cast<int>(type.size()), type.data());
  // The page runs no script and loads nothing: say so, so that an escaping slip cannot run one.
  std::printf(
      "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
      "base-uri 'none'; frame-ancestors 'none'\r\n");
  std::printf("X-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\n");
  std::printf("Content-Length: %zu\r\n\r\n", body.size());
  if (!head_only) std::fwrite(body.data(), 1, body.size(), stdout);
  std::fflush(stdout);
}

void log_error(const char* what) { std::fprintf(stderr, "dateline.cgi: %s\n", what); }

}  // namespace

int main(int argc, char** argv) {
  const char* method_env = std::getenv("REQUEST_METHOD");
  const std::string method = method_env != nullptr ? method_env : "GET";
  const bool head_only = method == "HEAD";
  dateline::CgiParams params;
  try {
    if (method != "GET" && method != "HEAD") {
      respond(405, "Method Not Allowed", "text/html; charset=utf-8",
              dateline::render_error_html(405, "This page answers GET requests only.", params), false);
      return 0;
    }
    std::vector<std::pair<std::string, std::string>> pairs;
    if (argc > 1) {
      for (int i = 1; i < argc; ++i) {  // a shell: NAME=VALUE arguments, already decoded
        const std::string arg = argv[i];
        const auto eq = arg.find('=');
        pairs.emplace_back(arg.substr(0, eq), eq == std::string::npos ? std::string() : arg.substr(eq + 1));
      }
    } else if (const char* qs = std::getenv("QUERY_STRING"); qs != nullptr) {
      pairs = dateline::parse_query_string(qs);
    }
    params = dateline::parse_cgi_params(pairs);
    const dateline::SearchRequest request = dateline::to_search_request(params);
    dateline::Searcher searcher(dateline::resolve_db_path(""));
    const bool front_page = params.q.empty() && params.places.empty() && params.from.empty() && params.to.empty();
    if (front_page && !params.json) {
      // Nothing asked yet: the search box and the archive's countries and years to browse.
      dateline::SearchRequest browse = request;
      browse.query = "date:..";  // every dated article
      browse.limit = 0;
      respond(200, "OK", "text/html; charset=utf-8", dateline::render_html(searcher.search(browse), params),
              head_only);
      return 0;
    }
    const dateline::Results results = searcher.search(request);
    if (params.json) {
      respond(200, "OK", "application/json; charset=utf-8", dateline::render_json(results, request), head_only);
    } else {
      respond(200, "OK", "text/html; charset=utf-8", dateline::render_html(results, params), head_only);
    }
  } catch (const dateline::UsageError& e) {
    log_error(e.what());
    respond(400, "Bad Request", "text/html; charset=utf-8",
            dateline::render_error_html(400, std::string("That search could not be read: ") + e.what() + ".", params),
            head_only);
  } catch (const dateline::DatabaseError& e) {
    log_error(e.what());
    respond(503, "Service Unavailable", "text/html; charset=utf-8",
            dateline::render_error_html(503, "The archive is not available right now. Please try again later.", params),
            head_only);
  } catch (const Xapian::Error& e) {
    log_error(e.get_description().c_str());
    respond(503, "Service Unavailable", "text/html; charset=utf-8",
            dateline::render_error_html(503, "The archive is not available right now. Please try again later.", params),
            head_only);
  } catch (const std::exception& e) {
    log_error(e.what());
    respond(500, "Internal Server Error", "text/html; charset=utf-8",
            dateline::render_error_html(500, "Something went wrong on our side.", params), head_only);
  }
  return 0;
}
