// DocumentBuilder: the only writer of terms, values and document data (see schema.h). It turns
// an analysed article into a Xapian document; it knows no resolver and no database.
#pragma once

#include <xapian.h>

#include <map>
#include <string>

#include "analysis.h"

namespace dateline {

struct BuiltDocument {
  Xapian::Document document;
  std::string id_term;  // Q<id>: replace_document() on it makes re-indexing idempotent
};

class DocumentBuilder {
 public:
  DocumentBuilder() = default;

  BuiltDocument build(const AnalysedArticle& analysed);

  // For callers that hold a plain Article and no run: tests/test_date_facets.cc (the searcher's)
  // builds its small database this way. It analyses with no evidence but `default_language`,
  // then builds; the run itself calls analyse() and the build above, and the builder holds no
  // resolver. Drop this once that test builds through analyse() as tests/corpus_db.h does.
  DocumentBuilder(const PlaceResolver& resolver, std::string default_language);
  BuiltDocument build(const Article& article);

 private:
  Xapian::TermGenerator& generator_for(const std::string& language);

  std::map<std::string, Xapian::TermGenerator> generators_;  // one per language, reused
  const PlaceResolver* resolver_ = nullptr;  // only for build(const Article&)
  std::string default_language_;
};

}  // namespace dateline
