#include "file_io.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace dateline {

std::optional<std::string> read_whole_file(const std::string& path, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) {
    error = "read error";
    return std::nullopt;
  }
  return std::move(buf).str();
}

}  // namespace dateline
