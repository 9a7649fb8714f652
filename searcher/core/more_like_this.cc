#include "more_like_this.h"

#include <fmt/format.h>

#include "errors.h"
#include "schema.h"
#include "text.h"

namespace dateline {

namespace {

// Stemmed words of the body and title only ("Zcocoa"), not fielded stems ("ZScocoa") nor
// boolean filters: the article's subject, not its metadata.
class WordStems final : public Xapian::ExpandDecider {
 public:
  bool operator()(const std::string& term) const override {
    return term.size() > 2 && schema::is_word_stem(term);
  }
};

}  // namespace

Xapian::Query more_like_this(const Xapian::Database& db, const std::string& id, unsigned terms) {
  const std::string id_term = make_term(schema::prefix::id, id);
  auto posting = db.postlist_begin(id_term);
  if (posting == db.postlist_end(id_term))
    throw UsageError(fmt::format("no article has the id '{}'", id));
  Xapian::RSet rset;
  rset.add_document(*posting);
  Xapian::Enquire enquire(db);
  const WordStems decider;
  // Exact term frequencies: over shards Xapian otherwise scales them from the shard holding the
  // article, and the terms chosen would not be the one database's.
  const Xapian::ESet eset =
      enquire.get_eset(terms, rset, Xapian::Enquire::USE_EXACT_TERMFREQ, &decider);
  std::vector<Xapian::Query> parts;
  for (auto it = eset.begin(); it != eset.end(); ++it) parts.emplace_back(*it);
  if (parts.empty()) throw UsageError(fmt::format("the article '{}' has no words to compare", id));
  return Xapian::Query(Xapian::Query::OP_AND_NOT,
                       Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end()),
                       Xapian::Query(id_term));
}

}  // namespace dateline
