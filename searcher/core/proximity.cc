#include "proximity.h"

#include <algorithm>

namespace dateline {

std::vector<TypedWord> typed_words(const std::string& text, const Xapian::Stopper* stopper) {
  std::vector<TypedWord> out;
  TypedWord current;
  bool first = true;
  auto flush = [&] {
    if (!current.word.empty() && (stopper == nullptr || !(*stopper)(current.word)))
      out.push_back(current);
    current = TypedWord{};
    first = true;
  };
  for (Xapian::Utf8Iterator it(text); it != Xapian::Utf8Iterator(); ++it) {
    const unsigned ch = *it;
    if (Xapian::Unicode::is_wordchar(ch)) {
      if (first)
        current.capitalised =
            Xapian::Unicode::get_category(ch) == Xapian::Unicode::UPPERCASE_LETTER;
      first = false;
      Xapian::Unicode::append_utf8(current.word, Xapian::Unicode::tolower(ch));
    } else {
      flush();
    }
  }
  flush();
  return out;
}

std::optional<Xapian::Query> proximity_boost(const Xapian::Database& db,
                                             const std::vector<TypedWord>& words) {
  std::vector<Xapian::Query> chosen;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const TypedWord& a = words[i];
    const TypedWord& b = words[i + 1];
    if (a.word == b.word) continue;
    const Xapian::doccount rarer = std::min(db.get_termfreq(a.word), db.get_termfreq(b.word));
    if (rarer == 0) continue;
    const std::vector<Xapian::Query> pair{Xapian::Query(a.word), Xapian::Query(b.word)};
    Xapian::Query phrase(Xapian::Query::OP_PHRASE, pair.begin(), pair.end(), 2);
    bool one_name = a.capitalised && b.capitalised;
    if (!one_name) {
      // How many of the rarer word's articles have the two side by side (counted up to the
      // share that qualifies: a bounded cost).
      const auto needed = static_cast<Xapian::doccount>(proximity_min_share * rarer) + 1;
      if (needed < 2) continue;  // a pair seen once is no evidence
      Xapian::Enquire enquire(db);
      enquire.set_query(phrase);
      enquire.set_weighting_scheme(Xapian::BoolWeight());
      one_name = enquire.get_mset(0, 0, needed).get_matches_lower_bound() >= needed;
    }
    if (one_name) chosen.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, phrase, proximity_weight);
  }
  if (chosen.empty()) return std::nullopt;
  return Xapian::Query(Xapian::Query::OP_OR, chosen.begin(), chosen.end());
}

}  // namespace dateline
