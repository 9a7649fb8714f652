// Reading a whole file: the one way every part of dateline does it.
#pragma once

#include <optional>
#include <string>

namespace dateline {

// The bytes of `path`, or nullopt with `error` set to the reason (strerror's words, or
// "read error" when the read failed part way).
std::optional<std::string> read_whole_file(const std::string& path, std::string& error);

}  // namespace dateline
