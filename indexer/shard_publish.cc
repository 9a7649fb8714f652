#include "shard_publish.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>
#include <xapian.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <set>
#include <vector>

#include "errors.h"
#include "file_io.h"
#include "publish.h"
#include "schema.h"
#include "text.h"

namespace dateline {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view side_name = "side";

std::set<std::string> split_keys(const std::string& text) {
  std::set<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.insert(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// Every shard the database has articles for now.
std::set<std::string> all_keys(const Xapian::Database& db, const ShardLayout& layout) {
  std::set<std::string> out;
  if (layout.kind == ShardLayout::Kind::hash) {
    for (unsigned i = 0; i < layout.parts; ++i) out.insert(hash_shard_key(i, layout.parts));
    return out;
  }
  const std::string prefix(schema::prefix::month);
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    const std::string term = *it;  // M198703
    if (term.size() == 7) out.insert(term.substr(1, 4) + "-" + term.substr(5, 2));
  }
  if (db.get_termfreq(std::string(schema::prefix::date_unknown)) > 0) out.insert("undated");
  return out;
}

// The documents of each of `keys`, in docid order.
std::map<std::string, std::vector<Xapian::docid>> documents_of(const Xapian::Database& db,
                                                               const ShardLayout& layout,
                                                               const std::set<std::string>& keys) {
  std::map<std::string, std::vector<Xapian::docid>> out;
  for (const auto& key : keys) out[key];
  const auto add_postings = [&db, &out](const std::string& key, const std::string& term) {
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it)
      out[key].push_back(*it);
  };
  if (layout.kind == ShardLayout::Kind::month) {
    for (const auto& key : keys) {
      if (key == "undated") {
        add_postings(key, std::string(schema::prefix::date_unknown));
      } else if (key.size() == 7) {  // 1987-03
        add_postings(key, std::string(schema::prefix::month) + key.substr(0, 4) + key.substr(5, 2));
      }
    }
    return out;
  }
  // By hash: one pass over every document, each read for its id.
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    const std::string key = shard_key(db.get_document(*it), layout);
    if (const auto found = out.find(key); found != out.end()) found->second.push_back(*it);
  }
  return out;
}

void mark_dateline(Xapian::WritableDatabase& db) {
  db.set_metadata(std::string(schema::version_key), std::string(schema::version));
}

void write_shard(const Xapian::Database& master, const std::vector<Xapian::docid>& docs,
                 const std::string& path) {
  Xapian::WritableDatabase shard(path, Xapian::DB_CREATE);
  mark_dateline(shard);
  for (const Xapian::docid id : docs) shard.add_document(master.get_document(id));
  shard.commit();
  shard.close();
}

// The side database: what the remote backend cannot reach or a database of several shards
// reads from its first alone (the searcher's archive.h): spelling data and the alias table.
void write_side(const Xapian::Database& master, const std::string& path,
                const std::map<std::string, std::string>& shards) {
  Xapian::WritableDatabase side(path, Xapian::DB_CREATE);
  std::string keys;
  for (const auto& entry : shards)
    if (entry.first != side_name) keys += entry.first + "\n";
  side.set_metadata(std::string(shard_keys_key), keys);
  for (auto it = master.metadata_keys_begin(); it != master.metadata_keys_end(); ++it) {
    const std::string key = *it;
    if (key.starts_with(schema::file_key_prefix) || key.starts_with("dateline.shards.")) continue;
    side.set_metadata(key, master.get_metadata(key));
  }
  mark_dateline(side);
  for (auto it = master.spellings_begin(); it != master.spellings_end(); ++it)
    side.add_spelling(*it, it.get_termfreq());
  side.commit();
  side.close();
}

// The current stub's shards: key -> generation folder name ("1987-03@STAMP"), "side" included.
std::map<std::string, std::string> current_shards(const fs::path& stub) {
  std::map<std::string, std::string> out;
  std::string error;
  const auto text = read_whole_file(stub.string(), error, 1 << 20);
  if (!text) return out;
  constexpr std::string_view side_line = "# dateline-side generations/";
  constexpr std::string_view shard_line = "auto generations/";
  std::size_t start = 0;
  while (start < text->size()) {
    std::size_t end = text->find('\n', start);
    if (end == std::string::npos) end = text->size();
    const std::string_view line(text->data() + start, end - start);
    start = end + 1;
    std::string_view name;
    if (line.starts_with(side_line)) name = line.substr(side_line.size());
    if (line.starts_with(shard_line)) name = line.substr(shard_line.size());
    const std::size_t at = name.find('@');
    if (at != std::string_view::npos) out[std::string(name.substr(0, at))] = std::string(name);
  }
  return out;
}

void write_stub(const fs::path& dir, const std::string& db_path, const ShardLayout& layout,
                const std::map<std::string, std::string>& shards) {
  std::string text = fmt::format(
      "# dateline-index --shard-by {}: the shards of {}, published {}\n"
      "# Search it with dateline-search --db {}; serve each shard's link in this folder with\n"
      "# xapian-tcpsrv and list them in a stub of 'remote HOST:PORT' lines (README, Shards).\n",
      layout.name(), fs::absolute(db_path).string(), utc_stamp(), (dir / "stub").string());
  text += fmt::format("# dateline-side generations/{}\n", shards.at(std::string(side_name)));
  for (const auto& [key, name] : shards)
    if (key != side_name) text += fmt::format("auto generations/{}\n", name);
  const fs::path tmp = dir / "stub.tmp";
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  const bool written = fd >= 0 &&
                       ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) &&
                       ::fsync(fd) == 0;
  const int err = errno;
  if (fd >= 0) ::close(fd);
  if (!written || ::rename(tmp.c_str(), (dir / "stub").c_str()) != 0) {
    throw DatabaseError(
        fmt::format("{}: cannot write the stub file: {}", tmp.string(), std::strerror(err)));
  }
}

// DIR/KEY -> generations/NAME, swapped atomically; removed when the shard is gone.
void link_shard(const fs::path& dir, const std::string& key, const std::string* name) {
  std::error_code ec;
  if (name == nullptr) {
    fs::remove(dir / key, ec);
    return;
  }
  const fs::path tmp = dir / (key + ".linking");
  fs::remove(tmp, ec);
  fs::create_symlink(fs::path("generations") / *name, tmp);
  fs::rename(tmp, dir / key);
}

// Generations no longer in the stub, once they have been out of it for the grace period.
void remove_old(const fs::path& gens, const std::map<std::string, std::string>& current,
                const DiagnosticSink& diagnostics) {
  std::set<std::string> live;
  for (const auto& [key, name] : current) live.insert(name);
  const auto now = fs::file_time_type::clock::now();
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(gens, ec)) {
    const std::string name = entry.path().filename().string();
    if (live.contains(name)) continue;
    if (now - fs::last_write_time(entry.path(), ec) < generation_grace() || ec) continue;
    fs::remove_all(entry.path(), ec);
    if (ec)
      diagnostics(fmt::format("{}: warning: cannot remove an old shard: {}", entry.path().string(),
                              ec.message()));
  }
}

}  // namespace

std::string shards_dir(const std::string& db_path) { return db_path + ".shards"; }

std::optional<ShardLayout> published_shard_layout(const std::string& db_path) {
  try {
    return parse_shard_layout(
        Xapian::Database(db_path).get_metadata(std::string(shard_layout_key)));
  } catch (const Xapian::Error&) {
    return std::nullopt;  // no database yet
  }
}

ShardReport publish_shards(const std::string& db_path, const ShardLayout& layout, bool all,
                           const DiagnosticSink& diagnostics) {
  const fs::path dir = shards_dir(db_path);
  const fs::path gens = dir / "generations";
  try {
    fs::create_directories(gens);
    Xapian::Database master(db_path);
    const std::map<std::string, std::string> before = current_shards(dir / "stub");
    all = all || before.empty() ||
          master.get_metadata(std::string(shard_layout_key)) != layout.name();
    const std::set<std::string> present = all_keys(master, layout);
    std::set<std::string> rewrite =
        all ? present : split_keys(master.get_metadata(std::string(shards_pending_key)));
    // A shard the database no longer has articles for goes; one it has but the stub lacks comes.
    std::map<std::string, std::string> after;
    for (const auto& [key, name] : before)
      if (key == side_name || present.contains(key)) after[key] = name;
    for (const auto& key : present)
      if (!after.contains(key)) rewrite.insert(key);

    ShardReport report;
    report.stub = (dir / "stub").string();
    if (!all && rewrite.empty() && after.size() == before.size()) {
      // Nothing changed since the last publication: nothing is written.
      report.shards = after.size() - 1;
      return report;
    }
    const std::string stamp = fmt::format("{}-{}", utc_stamp(), ::getpid());
    const auto docs = documents_of(master, layout, rewrite);
    for (const auto& [key, ids] : docs) {
      if (ids.empty()) {
        after.erase(key);
        continue;
      }
      const std::string name = key + "@" + stamp;
      write_shard(master, ids, (gens / name).string());
      after[key] = name;
      ++report.rewritten;
    }
    if (all || !rewrite.empty() || !after.contains(std::string(side_name))) {
      const std::string name = std::string(side_name) + "@" + stamp;
      write_side(master, (gens / name).string(), after);
      after[std::string(side_name)] = name;
    }
    if (after.size() < 2) throw DatabaseError(fmt::format("{}: no articles to shard", db_path));
    write_stub(dir, db_path, layout, after);
    std::error_code ec;
    for (const auto& [key, name] : before) {
      const auto now_name = after.find(key);
      if (now_name != after.end() && now_name->second == name) continue;
      // Out of the stub from now: its grace period starts now.
      fs::last_write_time(gens / name, fs::file_time_type::clock::now(), ec);
      if (now_name == after.end()) link_shard(dir, key, nullptr);
    }
    for (const auto& [key, name] : after) link_shard(dir, key, &name);
    remove_old(gens, after, diagnostics);
    master.close();

    Xapian::WritableDatabase done(db_path, Xapian::DB_OPEN);
    done.set_metadata(std::string(shard_layout_key), layout.name());
    done.set_metadata(std::string(shards_pending_key), "");
    done.commit();
    report.shards = after.size() - 1;
    return report;
  } catch (const Xapian::Error& e) {
    throw DatabaseError(
        fmt::format("{}: cannot publish the shards: {}", dir.string(), e.get_description()));
  } catch (const fs::filesystem_error& e) {
    throw DatabaseError(
        fmt::format("{}: cannot publish the shards: {}", dir.string(), e.code().message()));
  }
}

}  // namespace dateline
