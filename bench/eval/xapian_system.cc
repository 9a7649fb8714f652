#include "xapian_system.h"

namespace dateline::eval {

void XapianSystem::index(const Collection& collection, const std::filesystem::path& work_dir) {
  const std::string path = (work_dir / "db").string();
  {
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator generator;
    generator.set_stemmer(Xapian::Stem("english"));
    for (const auto& d : collection.documents) {
      Xapian::Document doc;
      generator.set_document(doc);
      generator.index_text(d.title);
      generator.increase_termpos();  // no phrase across the end of the title
      generator.index_text(d.body);
      doc.set_data(d.id);
      db.add_document(doc);
    }
    db.commit();
  }
  db_ = std::make_unique<Xapian::Database>(path);
}

SearchOutcome XapianSystem::search(const std::string& query, std::size_t depth) {
  Xapian::QueryParser parser;
  parser.set_stemmer(Xapian::Stem("english"));
  parser.set_default_op(Xapian::Query::OP_OR);  // the default already; said for the reader
  SearchOutcome outcome;
  Xapian::Query parsed;
  try {
    parsed = parser.parse_query(query);
  } catch (const Xapian::QueryParserError& e) {
    outcome.rejected = true;
    outcome.message = e.get_msg();
    return outcome;
  }
  Xapian::Enquire enquire(*db_);
  enquire.set_query(parsed);
  const Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(depth));
  for (auto it = mset.begin(); it != mset.end(); ++it)
    outcome.ranking.push_back(it.get_document().get_data());
  return outcome;
}

}  // namespace dateline::eval
