// Which database the programs use: --db, else $DATELINE_DB, else the per-user default the
// README's demo writes to. Never one the working directory picks: a web server's or a bare
// cron job's environment often has no HOME, and "./.local/share/dateline/db" would be whatever
// database sits under the folder the program was started in.
#pragma once

#include <optional>
#include <string>

namespace dateline {

// `explicit_path` (--db) when not empty, else $DATELINE_DB, else user_db_path(); nullopt when
// none of them names a database. Trailing slashes are dropped: `--db db/` is `--db db`.
std::optional<std::string> configured_db_path(const std::string& explicit_path);

// $XDG_DATA_HOME/dateline/db, else $HOME/.local/share/dateline/db, each only when the variable
// is an absolute path; nullopt otherwise.
std::optional<std::string> user_db_path();

// What --help shows as the default: user_db_path(), or "~/.local/share/dateline/db".
std::string default_db_path();

}  // namespace dateline
