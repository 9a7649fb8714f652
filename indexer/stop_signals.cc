#include "stop_signals.h"

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace dateline {

std::atomic<bool> stop_requested{false};
static_assert(std::atomic<bool>::is_always_lock_free,
              "a signal handler may only touch lock-free atomics");

namespace {

struct StopMessage {
  // Room for the longest message behind a blanked progress bar of a wide terminal.
  static constexpr std::size_t capacity = 256;
  char text[capacity] = {};
  std::size_t length = 0;
};
StopMessage interrupt_message;
StopMessage terminate_message;

StopMessage stop_message(const std::string& prefix, const char* text) {
  StopMessage m;
  const int n =
      std::snprintf(m.text, sizeof m.text, "%sdateline-index: %s\n", prefix.c_str(), text);
  m.length = n > 0 ? std::min(static_cast<std::size_t>(n), sizeof m.text - 1) : 0;
  return m;
}

extern "C" void on_stop_signal(int signal_number) {
  if (stop_requested.exchange(true)) {
    // Ctrl-C again: the user will not wait for the commit. Dying of SIGINT (not exiting)
    // tells a calling shell loop to stop too; Xapian's last commit stays intact.
    if (signal_number == SIGINT) {
      struct sigaction default_action {};
      default_action.sa_handler = SIG_DFL;
      sigemptyset(&default_action.sa_mask);
      sigaction(SIGINT, &default_action, nullptr);
      raise(SIGINT);  // delivered when this handler returns
    }
    return;
  }
  const StopMessage& m = signal_number == SIGINT ? interrupt_message : terminate_message;
  if (write(STDERR_FILENO, m.text, m.length) < 0) {
    // Nothing to be done about a closed stderr; the flag is what matters.
  }
}

}  // namespace

void install_stop_handlers(std::size_t bar_columns) {
  const std::string blank = bar_columns > 0 ? "\r" + std::string(bar_columns - 1, ' ') + "\r" : "";
  interrupt_message =
      stop_message(blank, "interrupted: committing what is indexed (Ctrl-C again quits at once)");
  terminate_message = stop_message(blank, "terminated: committing what is indexed");
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  sigemptyset(&action.sa_mask);
  // Reads and writes in flight carry on: a file interrupted half-read is not a broken file.
  action.sa_flags = SA_RESTART;
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

std::string stop_message_text(int signal_number) {
  const StopMessage& m = signal_number == SIGINT ? interrupt_message : terminate_message;
  return std::string(m.text, m.length);
}

}  // namespace dateline
