// SIGINT and SIGTERM for dateline-index: the first asks the run to stop after the current
// record and commit (the flag run_index reads); a second SIGINT quits at once. The handler's
// message is composed before the handlers are installed, because a handler may only call
// async-signal-safe functions (write(2), not fmt or stdio).
#pragma once

#include <atomic>
#include <cstddef>
#include <string>

namespace dateline {

// Set by the handlers; IndexOptions::stop points here.
extern std::atomic<bool> stop_requested;

// `bar_columns` > 0: a progress bar is on the terminal, and the handler's message first blanks it.
void install_stop_handlers(std::size_t bar_columns);

// What the handler writes to stderr for `signal_number` (SIGINT or SIGTERM), once installed.
std::string stop_message_text(int signal_number);

}  // namespace dateline
