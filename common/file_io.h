// Reading a whole file: the one way every part of dateline does it.
#pragma once

#include <cstddef>
#include <limits>
#include <optional>
#include <string>

namespace dateline {

// The bytes of `path`, or nullopt with `error` set to the reason (strerror's words, or "larger
// than the limit of N bytes" when it holds more than `max_bytes`, found without reading more).
std::optional<std::string> read_whole_file(
    const std::string& path, std::string& error,
    std::size_t max_bytes = std::numeric_limits<std::size_t>::max());

}  // namespace dateline
