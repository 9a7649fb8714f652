#include "sources.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <unordered_set>

#include "readers/file_evidence.h"

namespace dateline {

namespace fs = std::filesystem;

namespace {

bool hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

std::string canonical_of(const std::string& path) {
  std::error_code ec;
  return fs::weakly_canonical(fs::absolute(path), ec).string();
}

}  // namespace

namespace {

struct Found {
  std::string path;
  std::string identity;
  std::string problem = {};  // why it cannot be looked at (a symlink loop): named and skipped
};

// The name a root folder gives its files' identities ("" for "/").
std::string root_name(const std::string& source_or_parent) {
  return fs::path(canonical_of(source_or_parent)).filename().string();
}

std::string identity_of(const std::string& root, const fs::path& relative) {
  const std::string below = relative.generic_string();
  return root.empty() ? below : root + "/" + below;
}

std::vector<Found> find_files(const std::vector<std::string>& sources) {
  std::vector<Found> files;
  for (const auto& source : sources) {
    if (source == "-") {
      files.push_back({source, {}});  // standard input: named by discover_sources()
      continue;
    }
    std::error_code ec;
    const auto status = fs::status(source, ec);
    if (ec || !fs::exists(status))
      throw std::runtime_error(fmt::format("{}: no such file or folder", source));
    if (!fs::is_directory(status)) {
      const fs::path file(canonical_of(source));
      files.push_back(
          {source, identity_of(file.parent_path().filename().string(), file.filename())});
      continue;
    }
    const std::string root = root_name(source);
    std::vector<Found> found;
    auto it =
        fs::recursive_directory_iterator(source, fs::directory_options::skip_permission_denied, ec);
    if (ec) throw std::runtime_error(fmt::format("{}: {}", source, ec.message()));
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) throw std::runtime_error(fmt::format("{}: {}", source, ec.message()));
      std::error_code entry_ec;
      const bool directory = it->is_directory(entry_ec);
      if (hidden(it->path())) {
        if (directory) it.disable_recursion_pending();
        continue;
      }
      const bool regular = it->is_regular_file(entry_ec);
      if (entry_ec) {  // a symlink loop, a dangling link: that entry's problem, not the run's
        found.push_back({it->path().string(), {}, entry_ec.message()});
        continue;
      }
      if (regular)
        found.push_back(
            {it->path().string(), identity_of(root, it->path().lexically_relative(source))});
    }
    std::sort(found.begin(), found.end(),
              [](const Found& a, const Found& b) { return a.path < b.path; });
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

}  // namespace

std::vector<std::string> expand_sources(const std::vector<std::string>& sources) {
  std::vector<std::string> paths;
  for (auto& f : find_files(sources)) paths.push_back(std::move(f.path));
  return paths;
}

Sources discover_sources(const std::vector<std::string>& sources, const std::string& stdin_name) {
  const std::vector<Found> found = find_files(sources);
  std::unordered_set<std::string> in_run;
  for (const auto& f : found) in_run.insert(f.path);
  Sources out;
  out.files.reserve(found.size());
  for (const auto& [path, identity, problem] : found) {
    SourceEntry e;
    e.path = path;
    e.identity = identity;
    if (path == "-") {
      e.standard_input = true;
      e.path = e.identity = stdin_name;
      out.files.push_back(std::move(e));
      continue;
    }
    if (!problem.empty()) {
      e.skip_reason = fmt::format("skipped: {}", problem);
      out.files.push_back(std::move(e));
      continue;
    }
    std::error_code ec;
    const std::uint64_t bytes = fs::file_size(path, ec);
    e.bytes = ec ? 0 : bytes;
    out.bytes_total += e.bytes;
    // Only regular files are read: /dev/zero never ends and a FIFO blocks the run (and its lock).
    if (!fs::is_regular_file(path, ec)) {
      e.skip_reason = "skipped: not a regular file (a device, a FIFO or a socket)";
      e.canonical = canonical_of(path);
      out.files.push_back(std::move(e));
      continue;
    }
    if (const auto owner = sidecar_owner(path)) {
      e.sidecar = true;
      if (!in_run.contains(*owner))
        e.skip_reason =
            fmt::format("skipped: sidecar of {}, which this run does not index", *owner);
    } else {
      e.canonical = canonical_of(path);
      e.stat = stat_file(e.canonical);
    }
    out.files.push_back(std::move(e));
  }
  return out;
}

std::vector<std::string> source_roots(const std::vector<std::string>& sources) {
  std::vector<std::string> roots;
  for (const auto& source : sources)
    if (source != "-") roots.push_back(canonical_of(source));
  return roots;
}

}  // namespace dateline
