// DocumentBuilder: the only writer of terms, values and document data (see schema.h). It turns
// an analysed article into a Xapian document; it knows no resolver and no database. One per
// thread: its term generators are not shared, and the document it returns holds no reference
// the builder keeps (Xapian's reference counts are not atomic), so it may be handed to the
// writing thread.
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "analysis.h"

namespace dateline {

struct BuiltDocument {
  Xapian::Document document;
  std::string id_term;         // Q<id>: replace_document() on it makes re-indexing idempotent
  std::size_t data_bytes = 0;  // the stored document data's size (the writer's batch budget)
  // The document's words for the spelling data, as Xapian's TermGenerator (FLAG_SPELLING) adds
  // them: every unprefixed word, once per occurrence (per position).
  std::vector<std::pair<std::string, Xapian::termcount>> spelling;
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
