// common/text.h: UTF-8 checks and repair, whitespace, slugs, display names, long terms, lines.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "fold.h"
#include "language.h"
#include "log_text.h"
#include "schema.h"
#include "text.h"

using namespace std::string_literals;

TEST_SUITE("common") {
  TEST_CASE(
      "is_valid_utf8 accepts well-formed UTF-8 and refuses every kind of malformed sequence") {
    for (const std::string& s :
         {""s, "plain ASCII"s, "München"s, "Київ"s, "£600m"s, "“quoted”"s,
          "\xF0\x9F\x93\xB0"s /* U+1F4F0 */, "\xF4\x8F\xBF\xBF"s /* U+10FFFF */}) {
      CAPTURE(s);
      CHECK(dateline::is_valid_utf8(s));
    }
    for (const std::string& s : {"M\xFCnchen"s,        // Latin-1 ü, as in reut2-017.sgm
                                 "\xC3"s,              // truncated two-byte sequence
                                 "\xE2\x82"s,          // truncated three-byte sequence
                                 "\xC0\xAF"s,          // overlong '/'
                                 "\xE0\x80\xAF"s,      // overlong '/', three bytes
                                 "\xED\xA0\x80"s,      // UTF-16 surrogate
                                 "\xF4\x90\x80\x80"s,  // above U+10FFFF
                                 "\x80"s,              // lone continuation byte
                                 "\xFF"s}) {
      CAPTURE(s);
      CHECK_FALSE(dateline::is_valid_utf8(s));
    }
  }

  TEST_CASE(
      "input echoed in a log line can neither forge a line, nor drive a terminal, nor flood") {
    using dateline::log_safe;
    // A file name with a newline forged a summary line of its own.
    CHECK(log_safe("evil\ndateline-index: 0 indexed", 200) == "evil\\ndateline-index: 0 indexed");
    CHECK(log_safe("a\tb\rc", 200) == "a\\tb\\rc");
    CHECK(log_safe("\x1b[31mred\x7f", 200) == "\\x1b[31mred\\x7f");
    CHECK(log_safe("caf\xe9.txt", 200) == "caf\\xe9.txt");  // not UTF-8
    CHECK(log_safe("\xc2\x9b"
                   "2J",
                   200) == "\\xc2\\x9b2J");                    // C1 CSI, as UTF-8
    CHECK(log_safe("Zürich – «ok»", 200) == "Zürich – «ok»");  // valid UTF-8 kept
    const std::string flood = std::string(20 << 20, 'a') + "END";
    const std::string shown = log_safe(flood, 200);
    CHECK(shown.size() < 260);
    CHECK(shown.find("…[20971373 bytes cut]…") != std::string::npos);
    CHECK(shown.ends_with("aaaEND"));
    // A cut never splits a UTF-8 sequence.
    const std::string cut = log_safe(std::string(300, '\xc3'), 10);
    CHECK(dateline::is_valid_utf8(
        log_safe(std::string(150, 'x') + std::string(100, ' ') + "ü", 200)));
    CHECK(dateline::is_valid_utf8(log_safe(
        [] {
          std::string s;
          for (int i = 0; i < 200; ++i) s += "ü";
          return s;
        }(),
        101)));
    CHECK(cut.find("\\xc3") != std::string::npos);
  }

  TEST_CASE("repair_utf8 reads stray bytes as Latin-1 and leaves valid text alone") {
    CHECK(dateline::repair_utf8("M\xFCnchen") == "München");
    CHECK(dateline::repair_utf8("growth.\xFCside") == "growth.\xC3\xBCside");
    CHECK(dateline::repair_utf8("caf\xE9 \xA3"
                                "5") == "café £5");
    CHECK(dateline::repair_utf8("Київ “ok” £") == "Київ “ok” £");
    CHECK(dateline::repair_utf8("") == "");
    // A truncated sequence at the end is two Latin-1 characters, not a lost byte.
    CHECK(dateline::repair_utf8("a\xC3") == "a\xC3\x83");
    for (const std::string& s : {"M\xFCnchen"s, "\xC0\xAF"s, "\xED\xA0\x80"s, "x\xFF\xFEy"s}) {
      CAPTURE(s);
      CHECK(dateline::is_valid_utf8(dateline::repair_utf8(s)));
    }
  }

  TEST_CASE("trim and squeeze_spaces collapse every kind of whitespace") {
    CHECK(dateline::trim("  \t a b \r\n") == "a b");
    CHECK(dateline::trim("   ").empty());
    CHECK(dateline::squeeze_spaces("  SALVADOR,\n   Feb 26 -  ") == "SALVADOR, Feb 26 -");
    CHECK(dateline::squeeze_spaces("a\t\tb\r\nc\fd\ve") == "a b c d e");
    CHECK(dateline::squeeze_spaces(" \n\t ").empty());
    CHECK(dateline::squeeze_spaces("one") == "one");
  }

  TEST_CASE("slug lower-cases Unicode and joins words with dashes") {
    CHECK(dateline::slug("El Salvador") == "el-salvador");
    CHECK(dateline::slug("el-salvador") == "el-salvador");
    CHECK(dateline::slug("  HONG   KONG ") == "hong-kong");
    CHECK(dateline::slug("Київ") == "київ");
    CHECK(dateline::slug("São Paulo") == "são-paulo");
    CHECK(dateline::slug("Axadle Times") == "axadle-times");
    CHECK(dateline::slug("money-fx") == "money-fx");
    CHECK(dateline::slug("--Reuters--") == "reuters");
    CHECK(dateline::slug("...").empty());
  }

  TEST_CASE("slug keeps a word with an apostrophe as one word") {
    CHECK(dateline::slug("Ukraine’s") == "ukraines");  // U+2019, as the scraped corpus writes it
    CHECK(dateline::slug("Ukraine's") == "ukraines");
    CHECK(dateline::slug("Ukraine’s Army") == "ukraines-army");
  }

  TEST_CASE("display_name writes a name as a reader would") {
    CHECK(dateline::display_name("SALVADOR") == "Salvador");
    CHECK(dateline::display_name("el-salvador") == "El Salvador");
    CHECK(dateline::display_name("HONG KONG") == "Hong Kong");
    CHECK(dateline::display_name("west_germany") == "West Germany");
    CHECK(dateline::display_name("київ") == "Київ");
    CHECK(dateline::display_name("UKRAINE’S") == "Ukraine’s");
    CHECK(dateline::display_name("  miami  ") == "Miami");
  }

  TEST_CASE("make_term keeps a short term as prefix plus value") {
    CHECK(dateline::make_term("Q", "reuters21578:1") == "Qreuters21578:1");
    CHECK(dateline::make_term("XP", "el-salvador") == "XPel-salvador");
    const std::string exact(dateline::schema::max_term_bytes - 1, 'a');
    CHECK(dateline::make_term("Q", exact) == "Q" + exact);  // exactly at the limit: untouched
  }

  TEST_CASE("make_term hashes an over-long value into a stable, distinct, valid UTF-8 term") {
    const std::size_t limit = dateline::schema::max_term_bytes;

    SUBCASE("ASCII") {
      const std::string a(1000, 'a');
      const std::string t = dateline::make_term("Q", a);
      CHECK(t.size() <= limit);
      CHECK(t.starts_with("Qaaaa"));
      CHECK(t == dateline::make_term("Q", a));  // stable
      // "#" and 16 hex digits make the tail unique.
      REQUIRE(t.size() > 17);
      CHECK(t[t.size() - 17] == '#');
      CHECK(t.substr(t.size() - 16).find_first_not_of("0123456789abcdef") == std::string::npos);
    }

    SUBCASE("values differing only past the cut give different terms") {
      const std::string head(500, 'x');
      std::set<std::string> terms;
      for (const char* tail : {"1", "2", "3", "11", ""})
        terms.insert(dateline::make_term("Q", head + tail));
      CHECK(terms.size() == 5);
      for (const auto& t : terms) CHECK(t.size() <= limit);
    }

    SUBCASE("the cut never splits a multi-byte character, whatever its alignment") {
      // Two-, three- and four-byte characters, shifted by 0..3 ASCII bytes so the cut falls at
      // every offset inside a character.
      for (const std::string& ch : {"ü"s, "€"s, "Київ"s, "\xF0\x9F\x93\xB0"s}) {
        for (std::size_t shift = 0; shift < 4; ++shift) {
          std::string value(shift, 'a');
          while (value.size() < 600) value += ch;
          CAPTURE(ch);
          CAPTURE(shift);
          const std::string t = dateline::make_term("K", value);
          CHECK(t.size() <= limit);
          CHECK(dateline::is_valid_utf8(t));
          CHECK(t.starts_with("K" + std::string(shift, 'a')));
        }
      }
    }
  }

  TEST_CASE("split_lines splits on LF, drops the CR of CRLF and keeps blank lines") {
    using V = std::vector<std::string_view>;
    CHECK(dateline::split_lines("a\r\nb\n\nc") == V{"a", "b", "", "c"});
    CHECK(dateline::split_lines("Subject: x\r\n\r\nbody\r\n") == V{"Subject: x", "", "body"});
    CHECK(dateline::split_lines("no newline") == V{"no newline"});
    CHECK(dateline::split_lines("").empty());
    CHECK(dateline::split_lines("\n") == V{""});
    CHECK(dateline::split_lines("a\rb") == V{"a\rb"});  // a lone CR is not a line break
  }

  TEST_CASE("starts_with_ci compares ASCII letters without case") {
    CHECK(dateline::starts_with_ci("Message-ID: <x>", "message-id:"));
    CHECK(dateline::starts_with_ci("REUTER", "reuter"));
    CHECK_FALSE(dateline::starts_with_ci("Re", "Reuter"));
    CHECK_FALSE(dateline::starts_with_ci("From:", "Date:"));
  }

}  // TEST_SUITE

TEST_SUITE("common") {
  TEST_CASE("diacritics fold away; ASCII and letters without a mark are kept") {
    CHECK(dateline::fold_diacritics("são") == "sao");
    CHECK(dateline::fold_diacritics("zürich") == "zurich");
    CHECK(dateline::fold_diacritics("élect") == "elect");
    CHECK(dateline::fold_diacritics("ёлка") == "елка");
    CHECK(dateline::fold_diacritics("cocoa") == "cocoa");
    CHECK(dateline::fold_diacritics("straße") == "straße");
    CHECK(dateline::fold_diacritics("øre") == "øre");
  }

  TEST_CASE("every Snowball stemmer's stems are folded") {
    for (const char* lang : {"en", "fr", "de", "pt", "es", "ru", "el"}) {
      CAPTURE(lang);
      const auto stem = dateline::make_stemmer(lang);
      REQUIRE(stem.has_value());
      CHECK((*stem)("são") == (*stem)("sao"));
    }
  }
}
