// A test database built in memory from the real bundled corpus (corpus/ at the repository's
// root: the scraped sample and the 1,000 Reuters stories of reut2-000.sgm), through the same
// readers and DocumentBuilder as dateline-index.
#pragma once

#include <xapian.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "document_builder.h"
#include "places.h"
#include "reader.h"
#include "schema.h"

namespace dateline::test {

inline std::string corpus_path(const std::string& relative) {
  return std::string(DATELINE_CORPUS) + "/" + relative;
}

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

struct TempDir {
  std::string path;
  TempDir() {
    char name[] = "/tmp/dateline-test-XXXXXX";
    if (mkdtemp(name) == nullptr) throw std::runtime_error("cannot make a temporary folder");
    path = name;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
};

// Built once per test executable: 1,001 documents.
inline const Xapian::Database& corpus_db() {
  static const Xapian::Database db = [] {
    // On disk, in a temporary folder: the in-memory backend keeps no spelling data.
    static const TempDir dir;
    Xapian::WritableDatabase wdb(dir.path + "/db", Xapian::DB_CREATE_OR_OVERWRITE);
    wdb.set_metadata(std::string(schema::version_key), std::string(schema::version));
    NamePlaceResolver resolver;
    DocumentBuilder builder(resolver, "en");
    builder.add_spelling_to(wdb);
    for (const char* file : {"000_3d5143969e8ee521.txt", "reuters/reut2-000.sgm"}) {
      const std::string path = corpus_path(file);
      const std::string content = slurp(path);
      ReaderOutput out;
      out.article = [&](Article&& a) {
        auto built = builder.build(a);
        wdb.replace_document(built.id_term, built.document);
      };
      out.problem = [](Problem&&) {};
      read_articles(*detect_format(content, path), content, SourceFile{path, path}, out);
    }
    wdb.commit();
    return Xapian::Database(wdb);
  }();
  return db;
}

}  // namespace dateline::test
