// A bound on what any one request costs, whatever it asks: the kernel's CPU limit
// (RLIMIT_CPU). The query budget (query_cost.h) keeps every request the page accepts far
// below it (about 0.2 s on Reuters-21578); this catches what no estimate foresaw, and an
// archive grown too big for the page, with a page of its own rather than a core held for
// seconds by each such request.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dateline {

// The CPU seconds a request may use unless the server sets DATELINE_CGI_CPU_SECONDS (1 to
// max_cpu_seconds).
inline constexpr unsigned default_cpu_seconds = 10;
inline constexpr unsigned max_cpu_seconds = 3600;

// DATELINE_CGI_CPU_SECONDS's value: nullopt unless a whole number from 1 to max_cpu_seconds.
std::optional<unsigned> parse_cpu_seconds(std::string_view text);

// Past `seconds` of CPU (at least 1) the kernel sends SIGXCPU: the process writes the response
// set_cpu_limit_response prepared (a bare 503 before that) and exits 0. A signal handler may
// only write, so the page is made in advance. A second later the kernel kills the process.
void limit_cpu(unsigned seconds);

// The whole response (status, headers, body) limit_cpu's handler writes.
void set_cpu_limit_response(std::string response);

// The real response is being written: the handler lets it finish instead.
void cpu_limit_responding();

}  // namespace dateline
