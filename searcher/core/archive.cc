#include "archive.h"

#include <fmt/format.h>

#include <charconv>
#include <filesystem>
#include <optional>
#include <string_view>

#include "errors.h"
#include "file_io.h"
#include "log_text.h"
#include "text.h"

namespace dateline {

namespace {

namespace fs = std::filesystem;

// A stub lists shards; a file larger than this is not one.
constexpr std::size_t max_stub_bytes = 1 << 20;

Xapian::Database open_database(const std::string& path) {
  try {
    return Xapian::Database(path);
  } catch (const Xapian::DatabaseNotFoundError&) {
    throw DatabaseError(fmt::format(
        "{}: no database here (create one with dateline-index --db {} SOURCE...)", path, path));
  } catch (const Xapian::DatabaseOpeningError& e) {
    throw DatabaseError(fmt::format("{}: cannot open the database: {}", path, e.get_msg()));
  } catch (const Xapian::Error& e) {
    throw DatabaseError(fmt::format("{}: {}", path, e.get_description()));
  }
}

// A line Xapian would not read, or a shard that cannot be opened: the reason alone.
struct ShardError {
  std::string reason;
};

std::string resolve(const fs::path& folder, std::string_view path) {
  const fs::path p(path);
  return (p.is_absolute() ? p : folder / p).string();
}

Xapian::Database open_remote(std::string_view where, const ShardOptions& options) {
  const auto timeout = static_cast<useconds_t>(options.timeout.count());
  if (!where.empty() && where.front() == ':') {
    // remote :PROGRAM ARGS (xapian-progsrv, e.g. over ssh)
    where.remove_prefix(1);
    const std::size_t space = where.find(' ');
    const std::string program(where.substr(0, space));
    const std::string args(space == std::string_view::npos ? std::string_view()
                                                           : trim(where.substr(space)));
    if (program.empty()) throw ShardError{"remote : names no program"};
    return Xapian::Remote::open(program, args, timeout);
  }
  const std::size_t colon = where.rfind(':');
  unsigned port = 0;
  const std::string_view digits =
      colon == std::string_view::npos ? std::string_view() : where.substr(colon + 1);
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), port);
  if (colon == std::string_view::npos || colon == 0 || digits.empty() || ec != std::errc() ||
      end != digits.data() + digits.size() || port == 0 || port > 65535) {
    throw ShardError{"remote takes HOST:PORT (xapian-tcpsrv) or :PROGRAM ARGS (xapian-progsrv)"};
  }
  return Xapian::Remote::open(std::string(where.substr(0, colon)), port, timeout,
                              static_cast<useconds_t>(options.connect_timeout.count()));
}

Xapian::Database open_shard(std::string_view line, const fs::path& folder,
                            const ShardOptions& options) {
  const std::size_t space = line.find_first_of(" \t");
  const std::string_view type = line.substr(0, space);
  const std::string_view rest =
      space == std::string_view::npos ? std::string_view() : trim(line.substr(space));
  try {
    if (type == "remote") return open_remote(rest, options);
    if ((type == "auto" || type == "glass" || type == "chert") && !rest.empty()) {
      return Xapian::Database(resolve(folder, rest));
    }
  } catch (const Xapian::Error& e) {
    throw ShardError{e.get_description()};
  }
  throw ShardError{"not a shard line: auto PATH, remote HOST:PORT or remote :PROGRAM ARGS"};
}

Archive open_stub(const std::string& path, const ShardOptions& options) {
  std::string error;
  const auto text = read_whole_file(path, error, max_stub_bytes);
  if (!text) throw DatabaseError(fmt::format("{}: cannot read the stub file: {}", path, error));
  std::error_code ec;
  const fs::path real = fs::canonical(path, ec);
  const fs::path folder = (ec ? fs::path(path) : real).parent_path();
  Archive archive;
  archive.shards = 0;
  std::optional<std::string> side_path;
  bool any = false;
  std::size_t number = 0;
  std::string_view rest(*text);
  while (!rest.empty()) {
    const std::size_t nl = rest.find('\n');
    const std::string_view line = trim(rest.substr(0, nl));
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++number;
    constexpr std::string_view side_tag = "# dateline-side ";
    if (line.substr(0, side_tag.size()) == side_tag) {
      side_path = resolve(folder, trim(line.substr(side_tag.size())));
      continue;
    }
    if (line.empty() || line.front() == '#') continue;
    ++archive.shards;
    try {
      archive.db.add_database(open_shard(line, folder, options));
      any = true;
      if (line.substr(0, 6) == "remote") archive.remote = true;
    } catch (const ShardError& e) {
      const std::string shard = log_line(line);
      if (!options.allow_partial) {
        throw DatabaseError(fmt::format("{}:{}: shard '{}': {}", path, number, shard, e.reason));
      }
      archive.missing.push_back(shard);
    }
  }
  if (archive.shards == 0)
    throw DatabaseError(fmt::format("{}: a stub file that lists no shard", path));
  if (!any) {
    throw DatabaseError(fmt::format("{}: no shard answered ({} listed)", path, archive.shards));
  }
  archive.side = side_path ? open_database(*side_path) : archive.db;
  return archive;
}

}  // namespace

Archive open_archive(const std::string& path, const ShardOptions& options) {
  std::error_code ec;
  if (fs::is_regular_file(path, ec)) return open_stub(path, options);
  Archive archive;
  archive.db = open_database(path);
  archive.side = archive.db;
  return archive;
}

}  // namespace dateline
