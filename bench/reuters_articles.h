// Reuters-21578 for the place tools: every story of the .sgm files with its LEWISSPLIT, and
// its gold countries (its PLACES tags resolved as the indexer resolves tags).
#pragma once

#include <functional>
#include <set>
#include <string>

#include "article.h"
#include "places/place_resolver.h"

namespace dateline::bench {

void for_each_reuters(const std::string& dir,
                      const std::function<void(const std::string& split, Article&&)>& fn);

// The countries of an article's tags; `unknown` counts the tags no country resolves.
std::set<std::string> tag_countries(const Article& article, const PlaceResolver& resolver,
                                    std::size_t& unknown);

}  // namespace dateline::bench
