// Compressed files (.gz, .bz2, .xz, .zst) and bundles (.tar, compressed or not, and .zip), read
// through libarchive member by member. A member's bytes stream through a small buffer, never to
// a temporary file: what a bundle costs in memory is what the reader keeps of one member, so a
// bundle of any size, or a zip bomb, cannot exhaust memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct archive;

namespace dateline {

// Whether bytes starting with `head` are for libarchive: a gzip, bzip2, xz, zstd or Unix
// compress stream or a tar by their magic bytes, whatever the name; a zip only when `name` ends in
// ".zip" or `zip_by_content` (standard input has no name to go by), because .docx, .epub, .odt and
// .jar files are zips too and are no bundles of articles.
bool is_packed(std::string_view head, std::string_view name, bool zip_by_content = false);

// The name a compressed file's one stream has: "a.jsonl" for "a.jsonl.gz", "b.tar" for "b.tgz";
// the name unchanged when it has no compression suffix.
std::string without_compression_suffix(std::string_view name);

struct ArchiveMember {
  // The path inside the bundle ("2025/a.txt", leading "./" and "/" removed); empty for the one
  // stream of a compressed file that is no bundle.
  std::string name;
  std::optional<std::uint64_t> size;  // as its header gives it (a zip's or a tar's; not gzip's)
  std::optional<std::int64_t> mtime;  // unix seconds, when its header gives one
};

class ArchiveInput {
 public:
  // Packed bytes held in memory; `bytes` must outlive the ArchiveInput.
  static ArchiveInput from_memory(std::string_view bytes);
  static ArchiveInput from_file(const std::string& path);
  // An open descriptor (standard input) from which `head` was already read.
  static ArchiveInput from_fd(int fd, std::string head);

  ArchiveInput(ArchiveInput&&) noexcept;
  ArchiveInput& operator=(ArchiveInput&&) noexcept;
  ~ArchiveInput();

  // False when libarchive cannot read the input at all (error() says why).
  bool ok() const { return ok_; }
  // A tar or zip of members, rather than one compressed stream.
  bool bundle() const { return bundle_; }

  // The next member that is a regular file and not hidden (folders, links, devices and names
  // with a part starting with "." are passed over, as discover_sources() passes such files),
  // or nullopt at the end and when the bundle is damaged (error() is then set).
  std::optional<ArchiveMember> next();
  // Up to `size` bytes of the current member: how many, 0 at its end, -1 with error() set
  // (a damaged or encrypted member: next() may still find the ones after it).
  std::ptrdiff_t read(char* buffer, std::size_t size);

  const std::string& error() const { return error_; }

 private:
  struct Feed;  // what libarchive's read callback takes bytes from, for from_fd()
  ArchiveInput();
  void opened(int status);
  std::optional<ArchiveMember> advance();
  std::string failure(const char* fallback) const;

  ::archive* a_ = nullptr;
  std::unique_ptr<Feed> feed_;
  bool ok_ = false;
  bool bundle_ = false;
  bool done_ = false;  // the end, or damage, was met
  // The first member, read on opening to tell a bundle from a stream; given by the first next().
  std::optional<std::optional<ArchiveMember>> first_;
  std::string error_;
};

}  // namespace dateline
