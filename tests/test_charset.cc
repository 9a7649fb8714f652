// indexer/readers/charset.h: web pages' bytes to UTF-8.
#include <doctest/doctest.h>

#include <string>

#include "reader_support.h"
#include "readers/charset.h"

using dateline::charset_for_label;
using dateline::convert_to_utf8;
using dateline::declared_html_charset;
using dateline::html_to_utf8;
using dateline::Utf8Text;

TEST_SUITE("indexer") {
  TEST_CASE("a page's charset is read from <meta charset> and from http-equiv") {
    CHECK(declared_html_charset("<head><meta charset=\"Shift_JIS\"></head>") == "Shift_JIS");
    CHECK(declared_html_charset("<META CHARSET=gbk>") == "gbk");
    CHECK(declared_html_charset("<meta http-equiv=\"Content-Type\" "
                                "content=\"text/html; charset=windows-1252\" />") ==
          "windows-1252");
    CHECK(declared_html_charset("<meta name=\"description\" content=\"charset = none\">").empty());
    CHECK(declared_html_charset("<p>charset=utf-8 in the text</p>").empty());
    CHECK(declared_html_charset("").empty());
  }

  TEST_CASE("labels map to the charsets browsers decode them with") {
    CHECK(charset_for_label("ISO-8859-1") == "windows-1252");
    CHECK(charset_for_label("us-ascii") == "windows-1252");
    CHECK(charset_for_label("GB2312") == "GB18030");
    CHECK(charset_for_label("gbk") == "GB18030");
    CHECK(charset_for_label("Shift_JIS") == "windows-31j");
    CHECK(charset_for_label("utf8") == "UTF-8");
    CHECK(charset_for_label(" KOI8-R ") == "KOI8-R");
  }

  TEST_CASE("conversion to UTF-8 through ICU") {
    CHECK(convert_to_utf8("caf\xE9 \x80\x93", "windows-1252") == "café €\u201c");
    CHECK(convert_to_utf8("\x93\xFA\x96\x7B", "windows-31j") == "日本");
    CHECK(convert_to_utf8("\xD6\xD0\xCE\xC4", "GB18030") == "中文");
    CHECK(convert_to_utf8("", "windows-1252") == "");
    CHECK_FALSE(convert_to_utf8("abc", "no-such-charset").has_value());
  }

  TEST_CASE("whom to believe: BOM, then valid UTF-8, then the declaration, then detection") {
    SUBCASE("a BOM") {
      const Utf8Text t = html_to_utf8("\xEF\xBB\xBF<meta charset=windows-1252>caf\xC3\xA9");
      CHECK(t.from == Utf8Text::From::bom);
      CHECK(t.text == "<meta charset=windows-1252>café");
      const Utf8Text u = html_to_utf8(std::string("\xFF\xFE<\0p\0>\0\xE9\0", 10));
      CHECK(u.text == "<p>é");
    }
    SUBCASE("valid UTF-8 under a stale declaration") {
      const Utf8Text t = html_to_utf8("<meta charset=\"gb2312\"><p>中文</p>");
      CHECK(t.charset == "UTF-8");
      CHECK(t.text == "<meta charset=\"gb2312\"><p>中文</p>");
    }
    SUBCASE("the declaration") {
      const Utf8Text t = html_to_utf8("<meta charset=\"iso-8859-1\"><p>caf\xE9</p>");
      CHECK(t.from == Utf8Text::From::declared);
      CHECK(t.charset == "windows-1252");
      CHECK(t.text == "<meta charset=\"iso-8859-1\"><p>café</p>");
    }
    SUBCASE("a declaration ICU does not know, then detection") {
      const Utf8Text t = html_to_utf8("<meta charset=\"x-unknown\"><p>caf\xE9 cr\xE8me</p>");
      CHECK(t.unknown_declared == "x-unknown");
      CHECK(t.text.find("café crème") != std::string::npos);
    }
    SUBCASE("ASCII alone") {
      const Utf8Text t = html_to_utf8("<p>plain</p>");
      CHECK(t.charset == "UTF-8");
      CHECK(t.text == "<p>plain</p>");
    }
  }
}
