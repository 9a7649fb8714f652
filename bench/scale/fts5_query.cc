// scale-fts5-query: one FTS5 search, as a CGI would run it: open, match all the words (each
// quoted, so none is read as an operator), the best 10 by rank (bm25) with a snippet, print.
//
//   scale-fts5-query DB_FILE WORD...
#include <sqlite3.h>

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fputs("usage: scale-fts5-query DB_FILE WORD...\n", stderr);
    return 2;
  }
  std::string match;
  for (int i = 2; i < argc; ++i) {
    std::string word;
    for (const char* c = argv[i]; *c != '\0'; ++c)
      if (*c != '"') word += *c;
    match += (match.empty() ? "\"" : " \"") + word + "\"";
  }
  sqlite3* db = nullptr;
  sqlite3_stmt* select = nullptr;
  int rc = sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, nullptr);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2(db,
                            "SELECT id, title, snippet(docs, 2, '<b>', '</b>', '...', 24) "
                            "FROM docs WHERE docs MATCH ?1 ORDER BY rank LIMIT 10",
                            -1, &select, nullptr);
  if (rc == SQLITE_OK) {
    sqlite3_bind_text(select, 1, match.data(), static_cast<int>(match.size()), SQLITE_STATIC);
    while ((rc = sqlite3_step(select)) == SQLITE_ROW)
      std::printf("%s\t%s\t%s\n", sqlite3_column_text(select, 0), sqlite3_column_text(select, 1),
                  sqlite3_column_text(select, 2));
  }
  const bool ok = rc == SQLITE_DONE;
  if (!ok) std::fprintf(stderr, "scale-fts5-query: %s\n", sqlite3_errmsg(db));
  sqlite3_finalize(select);
  sqlite3_close(db);
  return ok ? 0 : 1;
}
