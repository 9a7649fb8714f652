#include "file_io.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "text.h"

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

namespace {

// An open file, closed when it goes; read() retries interrupted reads.
class Input {
 public:
  explicit Input(const std::string& path) : fd_(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {}
  ~Input() {
    if (fd_ >= 0) ::close(fd_);
  }
  Input(const Input&) = delete;
  Input& operator=(const Input&) = delete;
  bool ok() const { return fd_ >= 0; }
  // Bytes read into `buffer` (0 at the end), or -1 with errno set.
  ssize_t read(char* buffer, std::size_t size) {
    for (;;) {
      const ssize_t n = ::read(fd_, buffer, size);
      if (n >= 0 || errno != EINTR) return n;
    }
  }

 private:
  int fd_;
};

constexpr std::size_t read_chunk = 1 << 20;

}  // namespace

std::optional<FileScan> scan_file(const std::string& path, std::size_t head_bytes,
                                  std::string& error) {
  Input in(path);
  if (!in.ok()) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  FileScan scan;
  scan.hash = fnv1a64_basis;
  std::string chunk(read_chunk, '\0');
  for (;;) {
    const ssize_t n = in.read(chunk.data(), chunk.size());
    if (n < 0) {
      error = std::strerror(errno);
      return std::nullopt;
    }
    if (n == 0) break;
    const std::string_view got(chunk.data(), static_cast<std::size_t>(n));
    scan.hash = fnv1a64(got, scan.hash);
    scan.size += got.size();
    if (scan.head.size() < head_bytes)
      scan.head.append(got.substr(0, head_bytes - scan.head.size()));
  }
  return scan;
}

bool read_file_in_pieces(const std::string& path, std::string_view boundary,
                         std::size_t piece_bytes,
                         const std::function<bool(std::string_view, std::size_t)>& piece,
                         std::string& error) {
  Input in(path);
  if (!in.ok()) {
    error = std::strerror(errno);
    return false;
  }
  const ByteReader read = [&in](char* buffer, std::size_t size, std::string& why) {
    const ssize_t n = in.read(buffer, size);
    if (n < 0) why = std::strerror(errno);
    return static_cast<std::ptrdiff_t>(n);
  };
  return read_in_pieces(read, {}, boundary, piece_bytes, piece, error);
}

bool with_file_reader(const std::string& path, const std::function<void(const ByteReader&)>& use,
                      std::string& error) {
  Input in(path);
  if (!in.ok()) {
    error = std::strerror(errno);
    return false;
  }
  use([&in](char* buffer, std::size_t size, std::string& why) {
    const ssize_t n = in.read(buffer, size);
    if (n < 0) why = std::strerror(errno);
    return static_cast<std::ptrdiff_t>(n);
  });
  return true;
}

bool read_in_pieces(const ByteReader& read, std::string start, std::string_view boundary,
                    std::size_t piece_bytes,
                    const std::function<bool(std::string_view, std::size_t)>& piece,
                    std::string& error) {
  std::string buffer = std::move(start);  // the bytes read and not yet given
  std::size_t line = 1;
  std::string chunk(read_chunk, '\0');
  bool at_end = false;
  while (!at_end) {
    while (buffer.size() < piece_bytes) {
      const std::ptrdiff_t n = read(chunk.data(), chunk.size(), error);
      if (n < 0) return false;
      if (n == 0) {
        at_end = true;
        break;
      }
      buffer.append(chunk.data(), static_cast<std::size_t>(n));
    }
    std::size_t cut = buffer.size();
    if (!at_end) {
      const std::size_t last = buffer.rfind(boundary);
      if (last != std::string::npos) cut = last + boundary.size();
    }
    if (cut == 0) break;
    const std::string_view given(buffer.data(), cut);
    if (!piece(given, line)) return true;
    line += static_cast<std::size_t>(std::count(given.begin(), given.end(), '\n'));
    buffer.erase(0, cut);
  }
  return true;
}

}  // namespace dateline
