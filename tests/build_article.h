// What the run does for one article in a test database: analyse it (places by name, no
// gazetteer; no evidence but the default language), then build it.
#pragma once

#include "analysis.h"
#include "document_builder.h"
#include "places/place_resolver.h"
#include "schema.h"

namespace dateline::test {

inline BuiltDocument build_article(const Article& article) {
  static const NamePlaceResolver names;
  ArticleEvidence evidence;
  evidence.default_language = "en";
  DocumentBuilder builder;
  return builder.build(analyse(article, evidence, names));
}

// A small database in memory for a test: marked as dateline's, filled with add().
struct SmallDb {
  Xapian::WritableDatabase db{std::string(), Xapian::DB_BACKEND_INMEMORY};
  SmallDb() { db.set_metadata(std::string(schema::version_key), std::string(schema::version)); }
  void add(const char* id, const char* title, const char* body) {
    Article a;
    a.id = id;
    a.title = title;
    a.body = body;
    const auto built = build_article(a);
    db.replace_document(built.id_term, built.document);
  }
  Xapian::Database done() {
    db.commit();
    return db;
  }
};

}  // namespace dateline::test
