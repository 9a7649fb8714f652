#include "file_io.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace dateline {

std::optional<std::string> read_whole_file(const std::string& path, std::string& error,
                                           std::size_t max_bytes) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  struct stat st {};
  std::string content;
  // Read in place into a string of the file's size: the peak is the file, not twice or thrice it
  // as a stream's growing buffer and its copy would be.
  if (::fstat(fd, &st) == 0 && st.st_size > 0)
    content.reserve(std::min(static_cast<std::size_t>(st.st_size), max_bytes) + 1);
  char chunk[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error = std::strerror(errno);
      ::close(fd);
      return std::nullopt;
    }
    if (n == 0) break;
    if (content.size() + static_cast<std::size_t>(n) > max_bytes) {
      error = fmt::format("larger than the limit of {} bytes", max_bytes);
      ::close(fd);
      return std::nullopt;
    }
    content.append(chunk, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return content;
}

}  // namespace dateline
