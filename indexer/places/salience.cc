#include "places/salience.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "places/salience_model.h"

namespace dateline {

using Kind = GazetteerEntry::Kind;

std::vector<std::pair<std::string, CountryEvidence>> country_evidence(
    const Gazetteer& gazetteer, const std::vector<ResolvedMention>& mentions,
    std::size_t body_bytes, const std::set<std::string>& established) {
  std::map<std::string, CountryEvidence> by_country;
  std::vector<std::string> order;
  std::size_t total = 0;
  for (const auto& [entry, m] : mentions) {
    const auto& e = gazetteer.entry(entry);
    auto [it, fresh] = by_country.try_emplace(e.country);
    if (fresh) order.push_back(e.country);
    auto& ev = it->second;
    ev.body_bytes = body_bytes;
    if (m->nationality || m->inside_name) continue;
    if (!m->in_title && body_bytes > 0)
      ev.first_position = std::min(
          ev.first_position, static_cast<double>(m->offset) / static_cast<double>(body_bytes));
    ++ev.mentions;
    ++total;
    ev.in_title = ev.in_title || m->in_title;
    ev.first_sentence = ev.first_sentence || (!m->in_title && m->sentence == 0);
    ev.specific = ev.specific || e.kind != Kind::country;
    ev.demonym_only = ev.demonym_only && m->demonym;
    ev.located = ev.located || m->locative;
  }
  // A country named once after the lead, before a plain noun ("the UK charts", "the Iraq war"),
  // is an attribute of something else in the story, not one of its places.
  for (const auto& [entry, m] : mentions) {
    auto& ev = by_country[gazetteer.entry(entry).country];
    if (ev.mentions == 1 && !ev.in_title && !ev.first_sentence && m->attributive && !m->locative &&
        !m->nationality && !m->inside_name) {
      ev.mentions = 0;
      --total;
    }
  }
  std::size_t most = 0;
  for (const auto& [cc, ev] : by_country) most = std::max(most, ev.mentions);
  std::vector<std::pair<std::string, CountryEvidence>> out;
  for (const auto& cc : order) {
    auto& ev = by_country[cc];
    ev.share = total ? static_cast<double>(ev.mentions) / static_cast<double>(total) : 0.0;
    ev.most_named = ev.mentions > 0 && ev.mentions == most;
    ev.placed_elsewhere = !established.empty() && !established.contains(cc);
    if (ev.mentions == 0) ev.demonym_only = false;
    out.emplace_back(cc, ev);
  }
  return out;
}

SalienceFeatures features_of(const CountryEvidence& ev) {
  const double kb = static_cast<double>(ev.body_bytes) / 1000.0;
  const double count = static_cast<double>(ev.mentions);
  return {1.0,
          ev.in_title ? 1.0 : 0.0,
          ev.first_sentence ? 1.0 : 0.0,
          std::log1p(count),
          ev.share,
          ev.specific ? 1.0 : 0.0,
          ev.demonym_only ? 1.0 : 0.0,
          ev.first_position,
          ev.most_named ? 1.0 : 0.0,
          std::log1p(kb),
          ev.placed_elsewhere ? 1.0 : 0.0,
          ev.located ? 1.0 : 0.0};
}

double salience(const CountryEvidence& ev) {
  const auto x = features_of(ev);
  double z = 0;
  for (std::size_t i = 0; i < salience_features; ++i) z += salience_model::weights[i] * x[i];
  return 1.0 / (1.0 + std::exp(-z));
}

bool is_salient(const CountryEvidence& ev) {
  return ev.mentions > 0 && salience(ev) >= salience_model::threshold;
}

std::vector<std::uint32_t> salient_mentions(const Gazetteer& gazetteer,
                                            const std::vector<ResolvedMention>& mentions,
                                            const std::set<std::string>& established,
                                            std::size_t body_bytes) {
  std::set<std::string> keep;
  for (const auto& [cc, ev] : country_evidence(gazetteer, mentions, body_bytes, established))
    if ((established.contains(cc) && ev.mentions > 0) || is_salient(ev)) keep.insert(cc);
  std::vector<std::uint32_t> out;
  for (const auto& [entry, m] : mentions) {
    if (m->nationality || m->inside_name) continue;
    if (keep.contains(gazetteer.entry(entry).country)) out.push_back(entry);
  }
  return out;
}

}  // namespace dateline
