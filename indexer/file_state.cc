#include "file_state.h"

#include <sys/stat.h>

#include <nlohmann/json.hpp>

#include "schema.h"
#include "text.h"

namespace dateline {

namespace {

std::string key_of(const std::string& path) { return make_term(schema::file_key_prefix, path); }

// A file name need not be UTF-8, which JSON must be: such a name is stored as hex.
std::string to_hex(std::string_view bytes) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  for (const unsigned char c : bytes) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

std::string from_hex(std::string_view hex) {
  const auto nibble = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
  std::string out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
    out += static_cast<char>(nibble(hex[i]) << 4 | nibble(hex[i + 1]));
  return out;
}

std::optional<FileState> parse(const std::string& value) {
  const auto j = nlohmann::json::parse(value, nullptr, false);
  if (!j.is_object() || !(j.contains("path") || j.contains("path_hex"))) return std::nullopt;
  FileState s;
  s.path = j.contains("path_hex") ? from_hex(j.value("path_hex", "")) : j.value("path", "");
  s.size = j.value("size", std::uint64_t{0});
  s.mtime_ns = j.value("mtime_ns", std::int64_t{0});
  s.hash = j.value("hash", std::uint64_t{0});
  s.sidecar_size = j.value("sidecar_size", std::uint64_t{0});
  s.sidecar_mtime_ns = j.value("sidecar_mtime_ns", std::int64_t{0});
  return s;
}

bool stat_one(const std::string& path, std::uint64_t& size, std::int64_t& mtime_ns) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return false;
  size = static_cast<std::uint64_t>(st.st_size);
  mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  return true;
}

}  // namespace

std::optional<FileState> stat_file(const std::string& canonical_path) {
  FileState s;
  s.path = canonical_path;
  if (!stat_one(canonical_path, s.size, s.mtime_ns)) return std::nullopt;
  stat_one(canonical_path + ".json", s.sidecar_size, s.sidecar_mtime_ns);  // absent: zeros
  return s;
}

std::uint64_t content_hash(std::string_view content) { return fnv1a64(content); }

std::optional<FileState> load_file_state(const Xapian::Database& db, const std::string& path) {
  const std::string value = db.get_metadata(key_of(path));
  if (value.empty()) return std::nullopt;
  return parse(value);
}

void store_file_state(Xapian::WritableDatabase& db, const FileState& s) {
  nlohmann::json j{{"size", s.size},
                   {"mtime_ns", s.mtime_ns},
                   {"hash", s.hash},
                   {"sidecar_size", s.sidecar_size},
                   {"sidecar_mtime_ns", s.sidecar_mtime_ns}};
  if (is_valid_utf8(s.path)) {
    j["path"] = s.path;
  } else {
    j["path_hex"] = to_hex(s.path);
  }
  db.set_metadata(key_of(s.path), j.dump());
}

void erase_file_state(Xapian::WritableDatabase& db, const std::string& path) {
  db.set_metadata(key_of(path), "");
}

std::vector<FileState> all_file_states(const Xapian::Database& db) {
  std::vector<FileState> out;
  const std::string prefix(schema::file_key_prefix);
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    if (auto s = parse(db.get_metadata(*it))) out.push_back(std::move(*s));
  }
  return out;
}

}  // namespace dateline
