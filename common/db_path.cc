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

std::string resolve_db_path(const std::string& explicit_path) {
  if (!explicit_path.empty()) return explicit_path;
  if (const char* env = std::getenv("DATELINE_DB"); env != nullptr && *env != '\0') return env;
  return default_db_path();
}

}  // namespace dateline
