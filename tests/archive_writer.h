// Bundles and compressed files made by the tests themselves with libarchive's writer, so that no
// binary fixture is committed: a tar, a zip or one compressed stream, in memory.
#pragma once

#include <archive.h>
#include <archive_entry.h>
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

namespace dateline::test {

struct Member {
  std::string name;
  std::string content;
  bool folder = false;
};

enum class Bundle { tar, zip, raw };  // raw: one compressed stream, no members

// `members` packed as `bundle`, compressed with `filter` ("gzip", "bzip2", "xz", "zstd" or "" for
// none; a zip compresses its members itself).
inline std::string make_archive(Bundle bundle, const std::string& filter,
                                const std::vector<Member>& members) {
  archive* a = archive_write_new();
  if (bundle == Bundle::tar) archive_write_set_format_pax_restricted(a);
  if (bundle == Bundle::zip) archive_write_set_format_zip(a);
  if (bundle == Bundle::raw) archive_write_set_format_raw(a);
  if (!filter.empty()) REQUIRE(archive_write_add_filter_by_name(a, filter.c_str()) == ARCHIVE_OK);
  archive_write_set_bytes_in_last_block(a, 1);  // no padding after a compressed stream's end
  std::string out(8 << 20, '\0');               // the tests' bundles are small, or compress well
  std::size_t used = 0;
  REQUIRE(archive_write_open_memory(a, out.data(), out.size(), &used) == ARCHIVE_OK);
  for (const auto& m : members) {
    archive_entry* e = archive_entry_new();
    archive_entry_set_pathname(e, m.name.c_str());
    archive_entry_set_filetype(e, m.folder ? AE_IFDIR : AE_IFREG);
    archive_entry_set_perm(e, m.folder ? 0755 : 0644);
    archive_entry_set_size(e, static_cast<la_int64_t>(m.content.size()));
    archive_entry_set_mtime(e, 1709251200, 0);  // 2024-03-01
    REQUIRE(archive_write_header(a, e) == ARCHIVE_OK);
    if (!m.content.empty())
      REQUIRE(archive_write_data(a, m.content.data(), m.content.size()) ==
              static_cast<la_ssize_t>(m.content.size()));
    archive_entry_free(e);
  }
  REQUIRE(archive_write_close(a) == ARCHIVE_OK);
  archive_write_free(a);
  out.resize(used);
  return out;
}

// `content` as one compressed stream (a.txt.gz's bytes).
inline std::string compress(const std::string& filter, const std::string& content) {
  return make_archive(Bundle::raw, filter, {{"data", content}});
}

}  // namespace dateline::test
