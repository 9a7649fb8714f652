#include "archive_input.h"

#include <archive.h>
#include <archive_entry.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <utility>
#include <vector>

namespace dateline {

namespace {

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    const char c = s[s.size() - suffix.size() + i];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != suffix[i]) return false;
  }
  return true;
}

// "./a/b" and "/a/b" are "a/b": what identifies a member is the path below the bundle's top.
std::string clean_member_name(std::string_view name) {
  for (;;) {
    if (name.starts_with("./")) {
      name.remove_prefix(2);
    } else if (name.starts_with("/")) {
      name.remove_prefix(1);
    } else {
      break;
    }
  }
  return std::string(name);
}

// A name with a part starting with "." (".git/...", a zip's "__MACOSX/._a.txt"), as
// discover_sources() leaves out hidden files and folders.
bool hidden(std::string_view name) {
  std::size_t start = 0;
  while (start < name.size()) {
    if (name[start] == '.') return true;
    const auto slash = name.find('/', start);
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return false;
}

std::string error_of(::archive* a, const char* fallback) {
  const char* e = a != nullptr ? archive_error_string(a) : nullptr;
  return e != nullptr && *e != '\0' ? std::string(e) : std::string(fallback);
}

constexpr std::size_t block_bytes = 64 << 10;

}  // namespace

bool is_packed(std::string_view head, std::string_view name, bool zip_by_content) {
  using namespace std::string_view_literals;
  // gzip, Unix compress (.Z), xz, zstd.
  for (const std::string_view magic :
       {"\x1f\x8b"sv, "\x1f\x9d"sv, "\xfd\x37\x7a\x58\x5a\x00"sv, "\x28\xb5\x2f\xfd"sv})
    if (head.starts_with(magic)) return true;
  // bzip2: "BZh", the block size, then a block's or the end's magic number (BCD pi, sqrt pi).
  if (head.size() >= 10 && head.starts_with("BZh") && head[3] >= '1' && head[3] <= '9' &&
      (head.substr(4, 6) == "\x31\x41\x59\x26\x53\x59"sv ||
       head.substr(4, 6) == "\x17\x72\x45\x38\x50\x90"sv))
    return true;
  // POSIX and GNU tar: "ustar" at offset 257 of the first header.
  if (head.size() >= 262 && head.substr(257, 5) == "ustar") return true;
  const bool zip = head.starts_with("PK\x03\x04"sv) || head.starts_with("PK\x05\x06"sv);
  return zip && (zip_by_content || ends_with_ci(name, ".zip"));
}

std::string without_compression_suffix(std::string_view name) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 10> suffixes{{
      {".tgz", ".tar"},
      {".tbz2", ".tar"},
      {".tbz", ".tar"},
      {".txz", ".tar"},
      {".tzst", ".tar"},
      {".gz", ""},
      {".bz2", ""},
      {".xz", ""},
      {".zst", ""},
      {".z", ""},
  }};
  for (const auto& [suffix, replacement] : suffixes)
    if (name.size() > suffix.size() && ends_with_ci(name, suffix))
      return std::string(name.substr(0, name.size() - suffix.size())) + std::string(replacement);
  return std::string(name);
}

struct ArchiveInput::Feed {
  int fd = -1;
  std::string head;  // given first
  bool head_given = false;
  std::vector<char> block = std::vector<char>(block_bytes);
  std::string error;

  static la_ssize_t read(::archive*, void* self, const void** buffer) {
    auto& f = *static_cast<Feed*>(self);
    if (!f.head_given) {
      f.head_given = true;
      if (!f.head.empty()) {
        *buffer = f.head.data();
        return static_cast<la_ssize_t>(f.head.size());
      }
    }
    for (;;) {
      const ssize_t n = ::read(f.fd, f.block.data(), f.block.size());
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        f.error = std::strerror(errno);
        return -1;
      }
      *buffer = f.block.data();
      return n;
    }
  }
};

ArchiveInput::ArchiveInput() : a_(archive_read_new()) {
  // The compressions and bundles the README names, and no more: "all" formats would take some
  // text files for mtree or cpio listings. The raw format reads a compressed file's one stream.
  archive_read_support_filter_gzip(a_);
  archive_read_support_filter_bzip2(a_);
  archive_read_support_filter_xz(a_);
  archive_read_support_filter_zstd(a_);
  archive_read_support_filter_compress(a_);
  archive_read_support_format_tar(a_);
  archive_read_support_format_zip(a_);
  archive_read_support_format_raw(a_);
}

ArchiveInput::ArchiveInput(ArchiveInput&& other) noexcept
    : a_(std::exchange(other.a_, nullptr)),
      feed_(std::move(other.feed_)),
      ok_(other.ok_),
      bundle_(other.bundle_),
      done_(other.done_),
      first_(std::move(other.first_)),
      error_(std::move(other.error_)) {}

ArchiveInput& ArchiveInput::operator=(ArchiveInput&& other) noexcept {
  if (this != &other) {
    if (a_ != nullptr) archive_read_free(a_);
    a_ = std::exchange(other.a_, nullptr);
    feed_ = std::move(other.feed_);
    ok_ = other.ok_;
    bundle_ = other.bundle_;
    done_ = other.done_;
    first_ = std::move(other.first_);
    error_ = std::move(other.error_);
  }
  return *this;
}

ArchiveInput::~ArchiveInput() {
  if (a_ != nullptr) archive_read_free(a_);
}

ArchiveInput ArchiveInput::from_memory(std::string_view bytes) {
  ArchiveInput in;
  in.opened(archive_read_open_memory(in.a_, bytes.data(), bytes.size()));
  return in;
}

ArchiveInput ArchiveInput::from_file(const std::string& path) {
  ArchiveInput in;
  in.opened(archive_read_open_filename(in.a_, path.c_str(), block_bytes));
  return in;
}

ArchiveInput ArchiveInput::from_fd(int fd, std::string head) {
  ArchiveInput in;
  in.feed_ = std::make_unique<Feed>();
  in.feed_->fd = fd;
  in.feed_->head = std::move(head);
  in.opened(archive_read_open(in.a_, in.feed_.get(), nullptr, &Feed::read, nullptr));
  return in;
}

std::string ArchiveInput::failure(const char* fallback) const {
  // A descriptor's own error (EIO on standard input) says more than libarchive's echo of it.
  return feed_ && !feed_->error.empty() ? feed_->error : error_of(a_, fallback);
}

void ArchiveInput::opened(int status) {
  if (status != ARCHIVE_OK) {
    error_ = failure("not a readable archive");
    done_ = true;
    return;
  }
  // Which it is shows with the first header: read it now, give it with the first next().
  first_ = advance();
  bundle_ = archive_format(a_) != ARCHIVE_FORMAT_RAW;
  ok_ = *first_ || error_.empty();
  // The raw format takes any bytes: uncompressed, they are no compressed file but one whose
  // magic bytes lied ("\x1f\x8b" and then no gzip header).
  if (ok_ && !bundle_ && archive_filter_code(a_, 0) == ARCHIVE_FILTER_NONE) {
    error_ = "not a compressed file libarchive can read";
    ok_ = false;
    done_ = true;
    first_.reset();
  }
}

std::optional<ArchiveMember> ArchiveInput::next() {
  if (first_) return *std::exchange(first_, std::nullopt);
  return advance();
}

std::optional<ArchiveMember> ArchiveInput::advance() {
  error_.clear();  // a member's read error is that member's
  while (!done_) {
    archive_entry* e = nullptr;
    const int r = archive_read_next_header(a_, &e);
    if (r == ARCHIVE_RETRY) continue;
    if (r == ARCHIVE_EOF || r < ARCHIVE_WARN) {
      // ARCHIVE_WARN (a name in another charset) still gives the member.
      if (r != ARCHIVE_EOF) error_ = failure("damaged archive");
      done_ = true;
      break;
    }
    if (archive_entry_filetype(e) != AE_IFREG) continue;
    ArchiveMember m;
    if (archive_format(a_) != ARCHIVE_FORMAT_RAW) {
      const char* name = archive_entry_pathname_utf8(e);
      if (name == nullptr) name = archive_entry_pathname(e);
      m.name = clean_member_name(name != nullptr ? name : "");
      if (m.name.empty() || hidden(m.name)) continue;
    }
    if (archive_entry_size_is_set(e) != 0 && archive_entry_size(e) >= 0)
      m.size = static_cast<std::uint64_t>(archive_entry_size(e));
    if (archive_entry_mtime_is_set(e) != 0) m.mtime = archive_entry_mtime(e);
    return m;
  }
  return std::nullopt;
}

std::ptrdiff_t ArchiveInput::read(char* buffer, std::size_t size) {
  if (a_ == nullptr) return 0;
  for (;;) {
    const la_ssize_t n = archive_read_data(a_, buffer, size);
    if (n == ARCHIVE_RETRY) continue;
    if (n == ARCHIVE_WARN) return 0;
    if (n < 0) {
      error_ = failure("damaged member");
      return -1;
    }
    return static_cast<std::ptrdiff_t>(n);
  }
}

}  // namespace dateline
