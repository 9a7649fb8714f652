// An article as one line of the interchange format (README: "The interchange format"), what
// --extract prints: the JSON Lines reader reads it back to the same article, so a run over the
// extract indexes what a run over the sources would.
#pragma once

#include <string>

#include "analysis.h"

namespace dateline {

// One JSON object and no newline. The fields are the interchange format's: `id`, `title`,
// `body`, `date` (to its precision: "2025-12", "2025-12-05T14:03Z"), `date_source` when the date
// is not the source's own (a dateline's, the text's, a crawl's, a file's time: a guess stays
// marked as one), `dateline`, `dateline_place` (a place the source tagged as the dateline's),
// `places` (the source's own tags), `source`, `byline`, `url`, `language` (the one the text is
// stemmed as), `topics`; empty ones are left out. `origin` ("file:line") says where it was
// read, and is ignored when read back.
std::string interchange_json(const AnalysedArticle& analysed);

}  // namespace dateline
