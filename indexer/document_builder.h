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

 private:
  Xapian::TermGenerator& generator_for(const std::string& language);

  std::map<std::string, Xapian::TermGenerator> generators_;  // one per language, reused
};

}  // namespace dateline
