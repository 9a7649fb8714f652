#include "recency.h"

#include <cmath>

#include "schema.h"

namespace dateline {

namespace {

class RecencySource final : public Xapian::ValuePostingSource {
 public:
  RecencySource(double newest, double half_life)
      : Xapian::ValuePostingSource(schema::slot::timestamp),
        newest_(newest),
        half_life_(half_life) {}

  void init(const Xapian::Database& db) override {
    Xapian::ValuePostingSource::init(db);
    set_maxweight(recency_boost);
  }
  double get_weight() const override {
    const double age = std::max(0.0, newest_ - Xapian::sortable_unserialise(get_value()));
    return recency_boost * std::exp2(-age / half_life_);
  }
  Xapian::PostingSource* clone() const override { return new RecencySource(newest_, half_life_); }
  std::string name() const override { return "dateline.RecencySource"; }

 private:
  double newest_;
  double half_life_;
};

}  // namespace

Xapian::Query with_recency(const Xapian::Database& db, const Xapian::Query& query,
                           std::int64_t half_life_seconds) {
  const std::string newest = db.get_value_upper_bound(schema::slot::timestamp);
  if (newest.empty() || half_life_seconds <= 0) return query;
  auto* source = new RecencySource(Xapian::sortable_unserialise(newest),
                                   static_cast<double>(half_life_seconds));
  return Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, Xapian::Query(source->release()));
}

bool span_within_news_years(const Span& span) {
  constexpr std::int64_t years = latest_year - earliest_year;
  const std::int64_t days =
      days_from_civil(latest_year, 1, 1) - days_from_civil(earliest_year, 1, 1);
  switch (span.unit) {
    case 'h':
      return span.count <= days * 24;
    case 'd':
      return span.count <= days;
    case 'w':
      return span.count <= days / 7;
    case 'm':
      return span.count <= years * 12;
    default:
      return span.count <= years;
  }
}

std::int64_t parse_half_life(const std::string& text, std::int64_t now) {
  const auto span = parse_span(text);
  if (!span || !span_within_news_years(*span)) return 0;
  return now - span_start(*span, now);
}

}  // namespace dateline
