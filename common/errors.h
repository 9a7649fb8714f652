// Exceptions split by who is at fault, caught only at the boundary (main, the CGI entry) and
// mapped to exit codes there.
#pragma once

#include <stdexcept>

namespace dateline {

// The user asked for something malformed (bad option value, bad query syntax): exit 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The database is missing, foreign, of another schema version, or failed: exit 1.
struct DatabaseError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Another indexer holds the write lock: exit 75.
struct LockedError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace dateline
