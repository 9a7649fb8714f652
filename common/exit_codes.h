// Exit codes shared by every binary (documented in --help and the README).
#pragma once

namespace dateline::exit_code {
inline constexpr int ok = 0;
inline constexpr int failure = 1;           // I/O, database
inline constexpr int usage = 2;             // bad option, bad query syntax
inline constexpr int records_rejected = 3;  // indexer: committed, but some records were rejected
inline constexpr int locked = 75;           // indexer: another indexer holds the lock (EX_TEMPFAIL)
}  // namespace dateline::exit_code
