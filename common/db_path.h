// Which database the programs use: --db, else $DATELINE_DB, else the per-user default the
// README's demo writes to.
#pragma once

#include <string>

namespace dateline {

// `explicit_path` wins when not empty. Trailing slashes are dropped: `--db db/` is `--db db`.
std::string resolve_db_path(const std::string& explicit_path);

// $XDG_DATA_HOME/dateline/db, falling back to ~/.local/share/dateline/db.
std::string default_db_path();

}  // namespace dateline
