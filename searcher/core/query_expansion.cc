#include "query_expansion.h"

#include <algorithm>
#include <set>

#include "schema.h"

namespace dateline {

namespace {

// Stemmed words of the text ("Zcocoa") that the query lacks: not fielded stems ("ZScocoa"),
// boolean filters, numbers alone, function words, nor the query's own words.
class NewWordStems final : public Xapian::ExpandDecider {
 public:
  NewWordStems(const Xapian::Query& query, const Xapian::Stopper* stopper) : stopper_(stopper) {
    for (auto t = query.get_unique_terms_begin(); t != query.get_unique_terms_end(); ++t)
      own_.insert(*t);
  }
  bool operator()(const std::string& term) const override {
    if (term.size() < 3 || !schema::is_word_stem(term)) return false;
    if (term.find_first_not_of("0123456789.,", 1) == std::string::npos) return false;
    const std::string word = term.substr(1);
    if (stopper_ != nullptr && (*stopper_)(word)) return false;
    return own_.count(term) == 0 && own_.count(word) == 0;
  }

 private:
  std::set<std::string> own_;
  const Xapian::Stopper* stopper_;
};

}  // namespace

std::optional<FeedbackQuery> with_feedback(const Xapian::Database& db, const Xapian::Query& query,
                                           const Xapian::Weight& weight, const Expansion& expansion,
                                           bool collapse, const Xapian::Stopper* stopper,
                                           const std::optional<Xapian::Query>& first) {
  if (!expansion.on || expansion.docs == 0 || expansion.terms == 0 || expansion.weight <= 0)
    return std::nullopt;
  Xapian::Enquire enquire(db);
  enquire.set_weighting_scheme(weight);
  if (collapse) enquire.set_collapse_key(schema::slot::similarity);
  Xapian::RSet rset;
  std::set<std::string> keys;  // stories already taken (their similarity keys)
  auto take = [&](const Xapian::Query& q) {
    enquire.set_query(q);
    const Xapian::MSet top = enquire.get_mset(0, expansion.docs);
    for (auto it = top.begin(); it != top.end() && rset.size() < expansion.docs; ++it) {
      if (rset.contains(*it)) continue;
      const std::string key = it.get_collapse_key();
      if (collapse && !key.empty() && !keys.insert(key).second) continue;
      rset.add_document(*it);
    }
  };
  if (first) take(*first);
  if (rset.size() < expansion.docs) take(query);
  if (rset.empty()) return std::nullopt;
  const NewWordStems decider(query, stopper);
  // Exact term frequencies: over shards Xapian otherwise estimates them from the shards holding
  // the first stories, and the terms chosen would not be the one database's.
  const Xapian::ESet eset =
      enquire.get_eset(expansion.terms, rset, Xapian::Enquire::USE_EXACT_TERMFREQ, &decider);
  if (eset.empty()) return std::nullopt;
  // RM3's interpolation: the added terms share a weight of `weight` per word of the query, in
  // proportion to their expansion weights, so that forty added terms cannot outweigh two typed
  // ones (each scale multiplies the term's own weight in the ranking scheme).
  double total = 0;
  for (auto it = eset.begin(); it != eset.end(); ++it) total += std::max(0.0, it.get_weight());
  if (!(total > 0)) return std::nullopt;
  double words = 0;
  for (auto t = query.get_unique_terms_begin(); t != query.get_unique_terms_end(); ++t)
    if (schema::is_word_stem(*t)) ++words;
  const double mass = expansion.weight * std::max(1.0, words);
  FeedbackQuery out;
  std::vector<Xapian::Query> added;
  for (auto it = eset.begin(); it != eset.end(); ++it) {
    const double scale = mass * it.get_weight() / total;
    if (!(scale > 0)) continue;
    added.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(*it), scale);
    out.terms.push_back((*it).substr(1));
  }
  if (added.empty()) return std::nullopt;
  out.query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, query,
                            Xapian::Query(Xapian::Query::OP_OR, added.begin(), added.end()));
  return out;
}

}  // namespace dateline
