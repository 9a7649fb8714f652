// What the run does for one article in a test database: analyse it (places by name, no
// gazetteer; no evidence but the default language), then build it.
#pragma once

#include "analysis.h"
#include "document_builder.h"
#include "places/place_resolver.h"

namespace dateline::test {

inline BuiltDocument build_article(const Article& article) {
  static const NamePlaceResolver names;
  ArticleEvidence evidence;
  evidence.default_language = "en";
  DocumentBuilder builder;
  return builder.build(analyse(article, evidence, names));
}

}  // namespace dateline::test
