// DocumentBuilder: the only writer of terms, values and document data (see schema.h).
#pragma once

#include <xapian.h>

#include <map>
#include <string>

#include "article.h"
#include "places.h"

namespace dateline {

struct BuiltDocument {
  Xapian::Document document;
  std::string id_term;  // Q<id>: replace_document() on it makes re-indexing idempotent
  std::vector<Place> places;  // as resolved, for the database's alias table
};

class DocumentBuilder {
 public:
  // `default_language` is used for articles that do not name their own.
  DocumentBuilder(const PlaceResolver& resolver, std::string default_language);

  BuiltDocument build(const Article& article);

  // Feed the words of every built document to `db`'s spelling table ("did you mean").
  void add_spelling_to(Xapian::WritableDatabase& db) { spelling_db_ = &db; }

 private:
  Xapian::TermGenerator& generator_for(const std::string& language);

  const PlaceResolver& resolver_;
  std::string default_language_;
  std::map<std::string, Xapian::TermGenerator> generators_;  // one per language, reused
  Xapian::WritableDatabase* spelling_db_ = nullptr;
};

}  // namespace dateline
