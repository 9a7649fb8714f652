// Input echoed into a message (a file name, a field's value, a parser's excerpt) made safe for a
// log line: it can neither forge another line, nor drive the terminal, nor flood the log.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dateline {

// `text` with control characters shown as \n, \r, \t or \xHH (C0, DEL and the C1 range, which
// some terminals obey) and every byte that is not well-formed UTF-8 as \xHH; valid UTF-8 is kept.
// Beyond `max_bytes` of input the middle is cut and named: "head…[20971520 bytes cut]…tail".
std::string log_safe(std::string_view text, std::size_t max_bytes);

// What a message quotes of its input (a value, a date, an id): log_safe at 80 bytes.
inline std::string excerpt(std::string_view text) { return log_safe(text, 80); }

// A whole diagnostic line: log_safe at 2,000 bytes.
inline std::string log_line(std::string_view text) { return log_safe(text, 2000); }

}  // namespace dateline
