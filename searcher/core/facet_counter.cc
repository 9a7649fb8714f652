#include "facet_counter.h"

#include <algorithm>
#include <string>

#include "day_sample.h"
#include "schema.h"

namespace dateline {

namespace {

// A counting run: no weights, no order, no collapsing, only the spies. With BoolWeight the
// matcher stops after `check_at_least` matches.
struct CountRun {
  FacetSpies spies;
  // Copies of a story share a similarity key: its distinct values are the stories.
  std::optional<Xapian::ValueCountMatchSpy> keys;
  bool complete = false;           // the spies saw every match
  Xapian::doccount estimated = 0;  // Xapian's estimate of the matches

  CountRun(const Xapian::Database& db, const Xapian::Query& query, Xapian::doccount check_at_least,
           bool count_keys = false) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    spies.attach(enquire);
    if (count_keys) enquire.add_matchspy(&keys.emplace(schema::slot::similarity));
    const Xapian::MSet mset = enquire.get_mset(0, 0, check_at_least);
    complete = saw_every_match(spies, mset, check_at_least);
    estimated = mset.get_matches_estimated();
  }

  std::uint64_t stories() const {
    std::uint64_t distinct = 0;
    std::uint64_t keyed = 0;
    for (auto it = keys->values_begin(); it != keys->values_end(); ++it) {
      ++distinct;
      keyed += it.get_termfreq();
    }
    return distinct + (keys->get_total() - keyed);
  }
};

// Matches to sample. Scattered matches cost a block read per value each, close ones share
// them: a sparse match set (under a tenth of the archive) gets a smaller sample, down to a
// quarter, so that its cost stays about that of a dense one.
double sample_size(double matches, Xapian::doccount articles, const SearchBounds& bounds) {
  constexpr double dense = 0.1;
  const double density = matches / std::max<double>(articles, 1);
  return bounds.facet_sample * std::clamp(density / dense, 0.25, 1.0);
}

// Adds the sampled days' matches: as an exact count when the sample held every day.
void add_day_sample(const Xapian::Database& db, const Xapian::Query& query, double matches,
                    const SearchBounds& bounds, FacetTally& tally) {
  // A run over the sampled days may find more than planned when the estimate it was sized by
  // was low: it is stopped at this many, and the days sampled again more thinly by what it
  // found.
  const Xapian::doccount sample_cap = 4 * bounds.facet_sample;
  const double wanted = sample_size(matches, db.get_doccount(), bounds);
  double fraction = std::min(1.0, wanted / std::max(matches, 1.0));
  for (int attempt = 0;; ++attempt) {
    const DaySample days = sample_days(db, fraction);
    const CountRun run(db, Xapian::Query(Xapian::Query::OP_FILTER, query, days.filter),
                       attempt == 0 ? sample_cap : db.get_doccount());
    if (run.complete && days.sampled_days == days.days) {
      tally.add(run.spies);
      return;
    }
    if (run.complete || attempt == 1) {
      tally.add_sample(
          run.spies, [&days](std::string_view yyyymmdd) { return days.day_weight(yyyymmdd); }, 1.0);
      return;
    }
    fraction *= wanted / static_cast<double>(run.estimated);
  }
}

// Undated matches are no day's: counted whole up to the bound, else the first ones counted
// stand for all (they have no date for a sample of days to spread over).
void add_undated(const Xapian::Database& db, const Xapian::Query& query, const SearchBounds& bounds,
                 FacetTally& tally) {
  const std::string undated_term(schema::prefix::date_unknown);
  if (db.get_termfreq(undated_term) == 0) return;
  const CountRun run(db,
                     Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(undated_term)),
                     bounds.exact_facets + 1);
  if (run.complete) {
    tally.add(run.spies);
  } else {
    tally.add_sample(
        run.spies, [](std::string_view) { return 1.0; },
        static_cast<double>(run.estimated) / std::max<double>(run.spies.seen(), 1));
  }
}

}  // namespace

std::optional<ExactCounts> count_exactly(const Xapian::Database& db, const Xapian::Query& query,
                                         Xapian::doccount bound) {
  const CountRun run(db, query, bound + 1, /*count_keys=*/true);
  if (!run.complete) return std::nullopt;
  ExactCounts out;
  out.articles = run.keys->get_total();
  out.stories = run.stories();
  for (auto it = run.keys->values_begin(); it != run.keys->values_end(); ++it) {
    out.per_key.emplace(*it, it.get_termfreq());
  }
  return out;
}

Xapian::doccount matches_at_most(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  constexpr Xapian::doccount none = 0;  // check none: no matching, the lists' lengths alone
  return enquire.get_mset(0, 0, none).get_matches_upper_bound();
}

CountedFacets count_facets(const Xapian::Database& db, const Xapian::Query& query,
                           MatchSetSize size, bool count_stories, const SearchBounds& bounds) {
  CountedFacets out;
  double matches = size.estimated;
  const bool small = db.get_doccount() <= bounds.small_archive;
  if (small || size.lower_bound <= bounds.exact_facets) {
    const CountRun run(db, query, small ? db.get_doccount() : bounds.exact_facets + 1,
                       count_stories);
    if (run.complete) {
      out.tally.add(run.spies);
      if (count_stories) out.stories = run.stories();
      return out;
    }
    matches = run.estimated;
  }
  add_day_sample(db, query, matches, bounds, out.tally);
  add_undated(db, query, bounds, out.tally);
  return out;
}

}  // namespace dateline
