// The place resolver the indexer runs with: the GeoNames gazetteer when it is installed,
// else names normalised as written (with a warning), so a missing package costs precision,
// not the run.
#pragma once

#include <memory>
#include <optional>

#include "diagnostics.h"
#include "places/common_words.h"
#include "places/gazetteer.h"
#include "places/place_resolver.h"

namespace dateline {

struct PlaceSetup {
  std::unique_ptr<Gazetteer> gazetteer;
  std::unique_ptr<CommonWords> words;
  std::unique_ptr<PlaceResolver> resolver;
};

PlaceSetup load_places(const DiagnosticSink& diagnostics);

}  // namespace dateline
