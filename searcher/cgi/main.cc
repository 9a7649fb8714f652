// dateline.cgi: read the request's parameters, call the search core, render HTML or JSON, map
// failures to statuses. The database comes from the server's configuration ($DATELINE_DB, else
// the server user's HOME), never from the request nor the working directory. Run from a shell with
// NAME=VALUE arguments to debug:
//   dateline.cgi q=cocoa place=usa
#include <xapian.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "cgi_request.h"
#include "cgi_response.h"
#include "cpu_limit.h"
#include "db_path.h"
#include "errors.h"
#include "render_feed.h"
#include "render_html.h"
#include "render_json.h"
#include "searcher.h"
#include "version.h"

namespace {

constexpr const char* help =
    R"(dateline.cgi: the dateline search page, a CGI program (man dateline.cgi).
Run by a web server with the request in QUERY_STRING, or from a shell with NAME=VALUE
arguments to debug:  DATELINE_DB=PATH dateline.cgi q=cocoa place=gb

Parameters:
  q=QUERY        the query, with dateline-search's syntax (400 bytes)
  place=PLACE    a place or country id or name; repeat for any of several (5 at most)
  from=DATE      only articles dated on or after 1987, 1987-03 or 1987-03-09
  to=DATE        only articles dated on or before it
  sort=ORDER     relevance (default) or date
  page=N, n=N    the page, and hits per page (1-50 each)
  id=ID          the article's own page
  format=FORMAT  html (default), json, atom (the search's feed) or opensearch

Environment (the server's): DATELINE_DB, DATELINE_CGI_CPU_SECONDS, DATELINE_ALLOW_PARTIAL,
DATELINE_BASE_URL, HOME.
Options: --help, --version.
)";

void respond(int status, std::string_view type, const std::string& body, bool head_only) {
  const std::string response = dateline::cgi_response(status, type, body, head_only);
  dateline::cpu_limit_responding();
  std::fwrite(response.data(), 1, response.size(), stdout);
  std::fflush(stdout);
}

void log_error(const char* what) { std::fprintf(stderr, "dateline.cgi: %s\n", what); }

// The server's DATELINE_CGI_CPU_SECONDS, else the default.
unsigned cpu_seconds() {
  const char* setting = std::getenv("DATELINE_CGI_CPU_SECONDS");
  if (setting == nullptr || *setting == '\0') return dateline::default_cpu_seconds;
  if (const auto seconds = dateline::parse_cpu_seconds(setting)) return *seconds;
  std::fprintf(stderr, "dateline.cgi: DATELINE_CGI_CPU_SECONDS '%.20s' is not 1 to %u: using %u\n",
               setting, dateline::max_cpu_seconds, dateline::default_cpu_seconds);
  return dateline::default_cpu_seconds;
}

// Shards (a stub file as DATELINE_DB, archive.h): DATELINE_ALLOW_PARTIAL=1 answers from the
// shards that are up, marked partial, when some are down; else such a request is a 503. A page
// waits at most a second for a shard to accept and five for it to answer.
dateline::ShardOptions shard_options() {
  using namespace std::chrono_literals;
  dateline::ShardOptions options;
  const char* partial = std::getenv("DATELINE_ALLOW_PARTIAL");
  options.allow_partial = partial != nullptr && std::string_view(partial) == "1";
  options.connect_timeout = 1000ms;
  options.timeout = 5000ms;
  return options;
}

// An article's own page (?id=), with "more like this": the --like search, five hits. An id
// no article has is a 404 page.
void show_article(dateline::Searcher& searcher, const dateline::CgiParams& params, bool head_only) {
  const auto article = searcher.article(params.id, params.q);
  if (!article) {
    respond(404, dateline::html_type,
            dateline::render_error_html(404, "No article has that id: it may have been removed.",
                                        dateline::page_view(params)),
            head_only);
    return;
  }
  if (params.json) {
    respond(200, dateline::json_type, dateline::render_article_json(*article), head_only);
    return;
  }
  dateline::SearchRequest like;
  like.like = params.id;
  like.limit = 5;
  like.max_cost = dateline::max_query_cost;
  dateline::Results more;
  try {
    more = searcher.search(like);
  } catch (const dateline::UsageError&) {
    // An article with no words to compare has no "more like this".
  }
  respond(200, dateline::html_type,
          dateline::render_article_html(*article, more, dateline::page_view(params)), head_only);
}

}  // namespace

int main(int argc, char** argv) {
  using dateline::html_type;
  if (argc == 2 && std::string_view(argv[1]) == "--help") {  // from a shell, never a request
    std::fputs(help, stdout);
    return 0;
  }
  if (argc == 2 && std::string_view(argv[1]) == "--version") {  // from a shell, never a request
    std::puts(dateline::version_text("dateline.cgi").c_str());
    return 0;
  }
  dateline::limit_cpu(cpu_seconds());
  const char* method_env = std::getenv("REQUEST_METHOD");
  const std::string method = method_env != nullptr ? method_env : "GET";
  const bool head_only = method == "HEAD";
  dateline::CgiParams params;
  const auto error_page = [&](int status, std::string_view message) {
    respond(status, html_type,
            dateline::render_error_html(status, message, dateline::page_view(params)), head_only);
  };
  try {
    if (method != "GET" && method != "HEAD") {
      respond(405, html_type,
              dateline::render_error_html(405, "This page answers GET requests only.",
                                          dateline::page_view(params)),
              false);
      return 0;
    }
    const char* qs = std::getenv("QUERY_STRING");
    const auto pairs = argc > 1 ? dateline::parse_arguments(argc, argv)
                                : dateline::parse_query_string(qs != nullptr ? qs : "");
    try {
      params = dateline::parse_cgi_params(pairs);
    } catch (const dateline::UsageError&) {
      params.q = dateline::salvage_query(pairs);  // the 400 page keeps the reader's words
      throw;
    }
    const std::string base =
        dateline::page_base(std::getenv("DATELINE_BASE_URL"), std::getenv("HTTPS"),
                            std::getenv("HTTP_HOST"), std::getenv("SCRIPT_NAME"));
    if (params.format == "opensearch") {
      respond(200, dateline::opensearch_type, dateline::render_opensearch(base), head_only);
      return 0;
    }
    dateline::set_cpu_limit_response(dateline::cgi_response(
        503, html_type,
        dateline::render_error_html(
            503, "That search took too long. Please try it with fewer words or filters.",
            dateline::page_view(params)),
        head_only));
    const dateline::SearchRequest request = dateline::to_search_request(params);
    const auto db_path = dateline::configured_db_path("");
    if (!db_path) {
      // Not a database to retry later: the server's configuration lacks one.
      log_error(
          "no database configured: set DATELINE_DB in the server's environment for this CGI "
          "(it has no HOME, and a path relative to its working directory is never used)");
      error_page(500, "This search page is not set up yet: no archive has been configured for it.");
      return 0;
    }
    dateline::Searcher searcher(*db_path, shard_options());
    if (!params.id.empty()) {
      show_article(searcher, params, head_only);
      return 0;
    }
    dateline::Results results = searcher.search(request);
    if (results.partial()) {
      // The server's log names the shards; the page and its JSON do not say where they are.
      std::string names;
      for (auto& shard : results.missing_shards) {
        names += (names.empty() ? "" : ", ") + shard;
        shard = "shard";
      }
      log_error(("partial results: these shards did not answer: " + names).c_str());
    }
    if (params.json) {
      respond(200, dateline::json_type, dateline::render_json(results, request), head_only);
    } else if (params.format == "atom") {
      respond(200, dateline::atom_type,
              dateline::render_atom(results, dateline::page_view(params), base), head_only);
    } else {
      respond(200, html_type, dateline::render_html(results, dateline::page_view(params)),
              head_only);
    }
  } catch (const dateline::UsageError& e) {
    log_error(e.what());
    error_page(400, std::string("That search could not be read: ") + e.what() + ".");
  } catch (const dateline::DatabaseError& e) {
    log_error(e.what());
    error_page(503, "The archive is not available right now. Please try again later.");
  } catch (const Xapian::Error& e) {
    log_error(e.get_description().c_str());
    error_page(503, "The archive is not available right now. Please try again later.");
  } catch (const std::exception& e) {
    log_error(e.what());
    error_page(500, "Something went wrong on our side.");
  }
  return 0;
}
