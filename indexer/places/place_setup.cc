#include "places/place_setup.h"

#include <stdexcept>

#include "places/gazetteer_resolver.h"

namespace dateline {

PlaceSetup load_places(const DiagnosticSink& diagnostics) {
  PlaceSetup setup;
  try {
    setup.gazetteer = std::make_unique<Gazetteer>(Gazetteer::load(Gazetteer::default_dir()));
  } catch (const std::runtime_error& e) {
    diagnostics(std::string("warning: ") + e.what() +
                "; places are kept as written, not normalised");
    setup.resolver = std::make_unique<NamePlaceResolver>();
    return setup;
  }
  setup.words = std::make_unique<CommonWords>(CommonWords::load());
  setup.resolver = std::make_unique<GazetteerPlaceResolver>(*setup.gazetteer, *setup.words);
  return setup;
}

}  // namespace dateline
