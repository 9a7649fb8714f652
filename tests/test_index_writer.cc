// indexer/index_writer.h: what the write stage adds besides documents. Its spelling data must
// be what Xapian's TermGenerator added with FLAG_SPELLING when the builder fed it, or
// did-you-mean would change for every database indexed since.
#include <doctest/doctest.h>
#include <xapian.h>

#include <map>
#include <string>

#include "analysis.h"
#include "document_builder.h"
#include "index_writer.h"
#include "places/place_resolver.h"
#include "schema.h"
#include "shards.h"
#include "temp_dir.h"

using dateline::Article;

namespace {

Article wordy_article() {
  Article a;
  a.id = "w1";
  a.title = "Cocoa cocoa harvest";
  a.dateline = "SALVADOR, Feb 26";
  a.body =
      "Cocoa prices rose 3.5 pct in São Paulo; the harvest, the harvest!\n\nSupercalifragilistic" +
      std::string(70, 'x') + " words and café owners.";
  a.byline = "Jane Doe";
  return a;
}

// word -> frequency, the database's whole spelling table.
std::map<std::string, Xapian::doccount> spelling_of(const Xapian::Database& db) {
  std::map<std::string, Xapian::doccount> out;
  for (auto it = db.spellings_begin(); it != db.spellings_end(); ++it) out[*it] = it.get_termfreq();
  return out;
}

// The spelling data the builder used to add: a TermGenerator with FLAG_SPELLING fed the fields
// in the builder's order, with its prefixes.
std::map<std::string, Xapian::doccount> term_generator_spelling(const Article& a,
                                                                const std::string& path) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator tg;
  tg.set_database(db);
  tg.set_flags(Xapian::TermGenerator::FLAG_SPELLING);
  tg.set_stemmer(Xapian::Stem("english"));
  tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  Xapian::Document doc;
  tg.set_document(doc);
  tg.index_text(a.title, dateline::schema::title_wdf, std::string(dateline::schema::prefix::title));
  tg.index_text(a.title, dateline::schema::title_wdf);
  tg.increase_termpos(100);
  tg.index_text(a.dateline);
  tg.increase_termpos(100);
  tg.index_text(a.body);
  tg.increase_termpos(100);
  tg.index_text(a.byline, 1, std::string(dateline::schema::prefix::author));
  db.add_document(doc);
  db.commit();
  return spelling_of(db);
}

}  // namespace

TEST_SUITE("indexer") {
  TEST_CASE(
      "the writer's spelling data is what TermGenerator's FLAG_SPELLING added, word for word") {
    const dateline::test::TempDir dir;
    const Article a = wordy_article();
    const dateline::NamePlaceResolver names;
    {
      dateline::IndexWriter writer(dir.path + "/db", true, 10);
      dateline::DocumentBuilder builder;
      const auto analysed = dateline::analyse(a, dateline::ArticleEvidence{}, names);
      writer.write(builder.build(analysed), analysed.aliases);
      writer.write(builder.build(analysed), analysed.aliases);  // a rewrite counts again, as it did
      writer.commit();
      writer.close();
    }
    const auto expected = term_generator_spelling(a, dir.path + "/reference");
    auto twice = expected;
    for (auto& [word, n] : twice) n *= 2;
    const auto written = spelling_of(Xapian::Database(dir.path + "/db"));
    CHECK(written == twice);
    CHECK(expected.at("harvest") == 3);  // once in the title (whatever its wdf), twice in the body
    CHECK(expected.count("jane") == 0);  // the byline is prefixed: no spelling data
  }

  TEST_CASE("a writer that changed nothing commits nothing") {
    const dateline::test::TempDir dir;
    const std::string path = dir.path + "/db";
    { dateline::IndexWriter(path, false, 10).close(); }  // creates and marks the database
    const Xapian::rev created = Xapian::Database(path).get_revision();
    {
      dateline::IndexWriter writer(path, false, 10);
      writer.commit();
      writer.close();
    }
    CHECK(Xapian::Database(path).get_revision() == created);
  }

  TEST_CASE("--shard-by layouts, and the shard of a document") {
    using dateline::parse_shard_layout;
    CHECK(parse_shard_layout("month")->name() == "month");
    CHECK(parse_shard_layout("hash:3")->parts == 3);
    CHECK(parse_shard_layout("hash:256"));
    for (const char* bad :
         {"", "hash", "hash:", "hash:1", "hash:257", "hash:3x", "hash:-2", "Month"})
      CHECK_FALSE(parse_shard_layout(bad));
    const dateline::NamePlaceResolver names;
    dateline::DocumentBuilder builder;
    Article a = wordy_article();
    a.date = dateline::ArticleDate{541296000, dateline::DatePrecision::day,
                                   dateline::DateSource::metadata};  // 1987-02-26
    const auto dated = builder.build(dateline::analyse(a, dateline::ArticleEvidence{}, names));
    CHECK(dateline::shard_key(dated.document, *parse_shard_layout("month")) == "1987-02");
    a.date.reset();
    const auto undated = builder.build(dateline::analyse(a, dateline::ArticleEvidence{}, names));
    CHECK(dateline::shard_key(undated.document, *parse_shard_layout("month")) == "undated");
    // By hash: the id alone decides, so the same article lands in the same shard whatever else.
    const auto layout = *parse_shard_layout("hash:4");
    CHECK(dateline::shard_key(dated.document, layout) ==
          dateline::shard_key(undated.document, layout));
    std::map<std::string, int> spread;
    for (int i = 0; i < 400; ++i) {
      a.id = "story-" + std::to_string(i);
      ++spread[dateline::shard_key(builder.build(dateline::analyse(a, {}, names)).document,
                                   layout)];
    }
    CHECK(spread.size() == 4);
    for (const auto& [key, n] : spread) {
      CHECK(key.ends_with("-of-4"));
      CHECK(n > 60);  // about a quarter each
    }
  }
}  // TEST_SUITE
