#include "db_path.h"

#include <cstdlib>

namespace dateline {

std::string default_db_path() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg == '/') {
    return std::string(xdg) + "/dateline/db";
  }
  const char* home = std::getenv("HOME");
  return std::string(home != nullptr && *home != '\0' ? home : ".") + "/.local/share/dateline/db";
}

namespace {

// "db/" and "db//" name the same database as "db": one lock file ("db.lock"), generations beside
// it ("db.generations"), never inside it.
std::string without_trailing_slashes(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path;
}

}  // namespace

std::string resolve_db_path(const std::string& explicit_path) {
  if (!explicit_path.empty()) return without_trailing_slashes(explicit_path);
  if (const char* env = std::getenv("DATELINE_DB"); env != nullptr && *env != '\0')
    return without_trailing_slashes(env);
  return default_db_path();
}

}  // namespace dateline
