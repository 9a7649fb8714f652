#include "db_path.h"

#include <cstdlib>

namespace dateline {

namespace {

constexpr const char* home_db = "/.local/share/dateline/db";

bool absolute(const char* path) { return path != nullptr && *path == '/'; }

// "db/" and "db//" name the same database as "db": one lock file ("db.lock"), generations beside
// it ("db.generations"), never inside it.
std::string without_trailing_slashes(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path;
}

}  // namespace

std::optional<std::string> user_db_path() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); absolute(xdg))
    return std::string(xdg) + "/dateline/db";
  if (const char* home = std::getenv("HOME"); absolute(home)) return std::string(home) + home_db;
  return std::nullopt;
}

std::string default_db_path() { return user_db_path().value_or(std::string("~") + home_db); }

std::optional<std::string> configured_db_path(const std::string& explicit_path) {
  if (!explicit_path.empty()) return without_trailing_slashes(explicit_path);
  if (const char* env = std::getenv("DATELINE_DB"); env != nullptr && *env != '\0')
    return without_trailing_slashes(env);
  return user_db_path();
}

}  // namespace dateline
