// A test database built from the real bundled corpus (corpus/ at the repository's root: the
// scraped sample and the 1,000 Reuters stories of reut2-000.sgm), through the indexer's own
// stages: the readers, analyse(), the DocumentBuilder and the IndexWriter. Places are resolved
// by name (NamePlaceResolver), not by the gazetteer, as the searcher tests were written for.
#pragma once

#include <xapian.h>

#include <stdexcept>
#include <string>

#include "alias_writer.h"
#include "analysis.h"
#include "document_builder.h"
#include "file_io.h"
#include "index_writer.h"
#include "places/place_resolver.h"
#include "readers/reader.h"
#include "schema.h"
#include "temp_dir.h"

namespace dateline::test {

inline std::string corpus_path(const std::string& relative) {
  return std::string(DATELINE_CORPUS) + "/" + relative;
}

inline std::string slurp(const std::string& path) {
  std::string error;
  auto content = read_whole_file(path, error);
  if (!content) throw std::runtime_error("cannot read " + path + ": " + error);
  return std::move(*content);
}

// Built once per test executable: 1,001 documents.
inline const Xapian::Database& corpus_db() {
  static const Xapian::Database db = [] {
    // On disk, in a temporary folder: the in-memory backend keeps no spelling data.
    static const TempDir dir;
    const std::string path = dir.path + "/db";
    {
      constexpr std::size_t one_batch = 100000;  // one commit: the corpus is small
      IndexWriter writer(path, true, one_batch);
      const NamePlaceResolver resolver;
      DocumentBuilder builder;
      ArticleEvidence evidence;
      evidence.default_language = "en";
      for (const char* file : {"000_3d5143969e8ee521.txt", "reuters/reut2-000.sgm"}) {
        const std::string file_path = corpus_path(file);
        const std::string content = slurp(file_path);
        ReaderOutput out;
        out.article = [&](Article&& a) {
          const AnalysedArticle analysed = analyse(std::move(a), evidence, resolver);
          writer.write(builder.build(analysed), analysed.aliases);
        };
        out.problem = [](Problem&&) {};
        read_articles(*detect_format(content, file_path), content, SourceFile{file_path, file_path},
                      out);
      }
      writer.commit();
      writer.close();
    }
    return Xapian::Database(path);
  }();
  return db;
}

}  // namespace dateline::test
