// The relax-to-OR rule (searcher/core/relax_rule.h) as a table: which queries are run again
// with their words ORed.
#include <doctest/doctest.h>

#include "relax_rule.h"

using namespace dateline;

TEST_SUITE("searcher") {
  TEST_CASE("only a plain query of several words that found few articles is relaxed") {
    struct Case {
      const char* text;
      std::size_t words;
      bool like;
      Xapian::doccount found;
      bool relaxes;
    };
    const Case cases[] = {
        {"cocoa earthquakes", 2, false, 0, true},
        {"cocoa earthquakes", 2, false, few_matches - 1, true},
        {"cocoa earthquakes", 2, false, few_matches, false},  // enough articles have them all
        {"zzyzx", 1, false, 0, false},                        // one word: OR changes nothing
        {"\"cocoa earthquakes\"", 2, false, 0, false},        // a phrase
        {"+cocoa earthquakes", 2, false, 0, false},           // +must
        {"cocoa -earthquakes", 2, false, 0, false},           // -not
        {"cocoa OR earthquakes", 2, false, 0, false},
        {"cocoa AND earthquakes", 2, false, 0, false},
        {"cocoa NEAR earthquakes", 2, false, 0, false},
        {"cocoa-earthquakes", 2, false, 0, true},  // a hyphenated word, no operator
        {"", 0, true, 0, false},                   // --like alone
        {"cocoa harvest", 2, true, 0, false},      // words and --like
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      CAPTURE(c.like);
      CAPTURE(c.found);
      CHECK(relax_rule_for(c.text, c.words, c.like).relaxes(c.found) == c.relaxes);
    }
  }
}
