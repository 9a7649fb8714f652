#include "cpu_limit.h"

#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include <atomic>
#include <charconv>
#include <csignal>

namespace dateline {

namespace {

constexpr char bare_response[] =
    "Status: 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    "That search took too long.\n";

constexpr char log_line[] =
    "dateline.cgi: over its CPU limit (DATELINE_CGI_CPU_SECONDS): answered 503\n";

// Set before the limit can fire, read by the handler: lock-free atomics are safe there.
std::atomic<const std::string*> prepared{nullptr};
std::atomic<bool> responding{false};
static_assert(std::atomic<const std::string*>::is_always_lock_free &&
              std::atomic<bool>::is_always_lock_free);

void write_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = write(fd, data, size);
    if (n <= 0) return;
    data += n;
    size -= static_cast<std::size_t>(n);
  }
}

extern "C" void on_cpu_limit(int) {
  if (responding.load()) return;  // almost done: the hard limit is a second away anyway
  if (const std::string* page = prepared.load())
    write_all(STDOUT_FILENO, page->data(), page->size());
  else
    write_all(STDOUT_FILENO, bare_response, sizeof bare_response - 1);
  write_all(STDERR_FILENO, log_line, sizeof log_line - 1);
  _exit(0);
}

}  // namespace

std::optional<unsigned> parse_cpu_seconds(std::string_view text) {
  unsigned n = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || end != text.data() + text.size() || n == 0 || n > max_cpu_seconds)
    return std::nullopt;
  return n;
}

void set_cpu_limit_response(std::string response) {
  // Never freed: the handler may read it until the process ends.
  prepared.store(new std::string(std::move(response)));
}

void cpu_limit_responding() { responding.store(true); }

void limit_cpu(unsigned seconds) {
  struct sigaction action {};
  action.sa_handler = on_cpu_limit;
  sigemptyset(&action.sa_mask);
  sigaction(SIGXCPU, &action, nullptr);
  const rlim_t soft = seconds == 0 ? 1 : seconds;
  struct rlimit limit {};
  getrlimit(RLIMIT_CPU, &limit);
  // Never raised past what the server set.
  const rlim_t hard = limit.rlim_max == RLIM_INFINITY ? soft + 1 : limit.rlim_max;
  limit.rlim_cur = soft < hard ? soft : hard;
  limit.rlim_max = hard;
  setrlimit(RLIMIT_CPU, &limit);
}

}  // namespace dateline
