// The corpora the place tools read: every Reuters-21578 story with its LEWISSPLIT and its gold
// countries (its PLACES tags resolved as the indexer resolves tags), and the one article of a
// labelled file, read as the indexer reads it.
#pragma once

#include <functional>
#include <optional>
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

// The first article of the file at `path` (format detected as the indexer detects it).
std::optional<Article> read_one_article(const std::string& path);

}  // namespace dateline::bench
