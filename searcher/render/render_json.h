// The JSON renderer: the stable interface scripts and the CGI page read (schema in README.md).
#pragma once

#include <string>

#include "results.h"
#include "search_request.h"

namespace dateline {

std::string render_json(const Results& results, const SearchRequest& request);

}  // namespace dateline
