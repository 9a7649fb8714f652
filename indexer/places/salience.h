// Which of the places a story names are places of the story: a country named once in passing
// ("listed in Luxembourg") is not, nor a person's nationality or a name inside a longer name.
// The decision is a small logistic model over what the text says about each country, learned
// from Reuters-21578 TRAIN's own tags (each story with and without its dateline) and the
// hand-labelled BBC training set (bench/place-salience-train writes salience_model.h); the
// development sets in bench/places check it on modern text.
#pragma once

#include <array>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "places/gazetteer.h"
#include "places/mention_finder.h"

namespace dateline {

struct ResolvedMention {
  std::uint32_t entry;  // the reading chosen
  const Mention* mention;
};

// What the text says about one country, from all its mentions.
struct CountryEvidence {
  std::size_t mentions = 0;  // counted mentions (not nationality, not inside a name)
  bool in_title = false;
  bool first_sentence = false;  // named in the body's first sentence
  bool specific = false;        // a city or region in it is named, not only the country
  bool demonym_only = true;     // every counted mention is a demonym ("Ukrainian")
  double first_position = 1.0;  // first body mention's offset over the body's length
  double share = 0;             // its share of all counted country mentions of the story
  bool most_named = false;      // no other country is named more often
  std::size_t body_bytes = 0;
  bool placed_elsewhere = false;  // the story's dateline or tags place it in another country
  bool located = false;           // written as a location at least once: "in Switzerland"
};

constexpr std::size_t salience_features = 12;
using SalienceFeatures = std::array<double, salience_features>;

// The model's inputs, in the order of salience_model.h's weights (the first is the bias).
SalienceFeatures features_of(const CountryEvidence& evidence);

// The evidence for each country the mentions name, in the order first named.
std::vector<std::pair<std::string, CountryEvidence>> country_evidence(
    const Gazetteer& gazetteer, const std::vector<ResolvedMention>& mentions,
    std::size_t body_bytes, const std::set<std::string>& established);

// The model's probability that a country with this evidence is a place of the story.
double salience(const CountryEvidence& evidence);
bool is_salient(const CountryEvidence& evidence);

// The readings to add as mentions: those whose country is `established` (a tag's, the
// dateline's) or salient, in the order they were named.
std::vector<std::uint32_t> salient_mentions(const Gazetteer& gazetteer,
                                            const std::vector<ResolvedMention>& mentions,
                                            const std::set<std::string>& established,
                                            std::size_t body_bytes);

}  // namespace dateline
