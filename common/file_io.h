// Reading files: whole (small ones), or scanned and read in pieces (large ones), the ways every
// part of dateline does it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace dateline {

// The bytes of `path`, or nullopt with `error` set to the reason (strerror's words, or "larger
// than the limit of N bytes" when it holds more than `max_bytes`, found without reading more).
std::optional<std::string> read_whole_file(
    const std::string& path, std::string& error,
    std::size_t max_bytes = std::numeric_limits<std::size_t>::max());

// What one pass over a file tells without keeping it: its size, its FNV-1a 64 hash (text.h:
// the value fnv1a64 gives the whole content) and its first `head_bytes` bytes.
struct FileScan {
  std::uint64_t size = 0;
  std::uint64_t hash = 0;
  std::string head;
};
std::optional<FileScan> scan_file(const std::string& path, std::size_t head_bytes,
                                  std::string& error);

// A source of bytes: reads up to `size` bytes into `buffer` and returns how many (0 at the end),
// or -1 with `error` set.
using ByteReader =
    std::function<std::ptrdiff_t(char* buffer, std::size_t size, std::string& error)>;

// Reads `path` in pieces of at least `piece_bytes` (while the file lasts), each ending just
// after the last `boundary` read (a line's "\n", a Reuters record's "</REUTERS>"), so that no
// record is cut; a piece in which no boundary is found is given as it is. `piece(text,
// first_line)` gets each piece with the line number its first byte is on, and returns false to
// stop. Memory is a piece, whatever the file's size. False with `error` set when reading fails.
bool read_file_in_pieces(const std::string& path, std::string_view boundary,
                         std::size_t piece_bytes,
                         const std::function<bool(std::string_view, std::size_t)>& piece,
                         std::string& error);

// Calls `use` with a ByteReader over the bytes of `path` (closed afterwards); false with `error`
// set when the file cannot be opened. Read errors reach `use` through the reader.
bool with_file_reader(const std::string& path, const std::function<void(const ByteReader&)>& use,
                      std::string& error);

// read_file_in_pieces() from any source of bytes (an archive's member, standard input), `start`
// being the bytes already taken from it (the head format detection looked at).
bool read_in_pieces(const ByteReader& read, std::string start, std::string_view boundary,
                    std::size_t piece_bytes,
                    const std::function<bool(std::string_view, std::size_t)>& piece,
                    std::string& error);

}  // namespace dateline
