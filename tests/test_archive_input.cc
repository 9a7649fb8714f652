// indexer/archive_input.h: what is packed, and the members of tars, zips and compressed streams
// as libarchive reads them, built here by libarchive's writer.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "archive_input.h"
#include "archive_writer.h"

using dateline::ArchiveInput;
using dateline::is_packed;
using dateline::test::Bundle;
using dateline::test::compress;
using dateline::test::make_archive;

namespace {

struct Read {
  std::string name;
  std::string content;
};

// Every member's name and bytes, read in `chunk`-byte reads; `error` the input's last error.
std::vector<Read> read_all(ArchiveInput& in, std::string& error, std::size_t chunk = 7) {
  std::vector<Read> out;
  while (const auto m = in.next()) {
    Read r{m->name, {}};
    std::string buffer(chunk, '\0');
    for (;;) {
      const std::ptrdiff_t n = in.read(buffer.data(), buffer.size());
      if (n <= 0) break;
      r.content.append(buffer.data(), static_cast<std::size_t>(n));
    }
    out.push_back(std::move(r));
  }
  error = in.error();
  return out;
}

const std::vector<dateline::test::Member> folder{
    {"./news/", "", true},
    {"./news/a.txt", "Headline A\n\nText of A.\n"},
    {"./news/.hidden.txt", "Not read\n\nHidden.\n"},
    {"./.git/config", "[core]\n"},
    {"./news/b.jsonl", "{\"title\": \"B\"}\n"},
};

}  // namespace

TEST_SUITE("indexer") {
  TEST_CASE("compressed streams and tars are told by their magic bytes, zips by name too") {
    struct Case {
      const char* what;
      std::string head;
      const char* name;
      bool packed;
    };
    const std::vector<Case> cases{
        {"gzip", compress("gzip", "x"), "a.txt", true},
        {"bzip2", compress("bzip2", "x"), "a", true},
        {"xz", compress("xz", "x"), "a", true},
        {"zstd", compress("zstd", "x"), "a", true},
        {"tar", make_archive(Bundle::tar, "", {{"a.txt", "x"}}), "a.tar", true},
        {"tar whatever its name", make_archive(Bundle::tar, "", {{"a.txt", "x"}}), "a.txt", true},
        {"zip named .zip", make_archive(Bundle::zip, "", {{"a.txt", "x"}}), "b.ZIP", true},
        // .docx, .epub, .odt, .jar are zips of something else than articles.
        {"zip named otherwise", make_archive(Bundle::zip, "", {{"a.txt", "x"}}), "b.docx", false},
        {"plain text", "Headline\n\nText.\n", "a.txt.gz", false},
        {"text starting BZh", "BZh9 is a bzip2 header, this is prose", "a.txt", false},
        {"empty", "", "a.gz", false},
    };
    for (const auto& c : cases) {
      CAPTURE(c.what);
      CHECK(is_packed(c.head, c.name) == c.packed);
    }
    // Standard input has no name: a zip is a zip.
    CHECK(is_packed(make_archive(Bundle::zip, "", {{"a.txt", "x"}}), "stdin", true));
  }

  TEST_CASE("a compressed file's stream is named as the file it compresses") {
    using dateline::without_compression_suffix;
    CHECK(without_compression_suffix("news/a.jsonl.gz") == "news/a.jsonl");
    CHECK(without_compression_suffix("a.txt.BZ2") == "a.txt");
    CHECK(without_compression_suffix("crawl.warc.zst") == "crawl.warc");
    CHECK(without_compression_suffix("bundle.tgz") == "bundle.tar");
    CHECK(without_compression_suffix("a.txt") == "a.txt");
    CHECK(without_compression_suffix(".gz") == ".gz");
  }

  TEST_CASE("a compressed tar's regular, visible files are its members, in order, by clean names") {
    for (const std::string filter : {"", "gzip", "bzip2", "xz", "zstd"}) {
      CAPTURE(filter);
      const std::string bytes = make_archive(Bundle::tar, filter, folder);
      ArchiveInput in = ArchiveInput::from_memory(bytes);
      REQUIRE(in.ok());
      CHECK(in.bundle());
      std::string error;
      const auto members = read_all(in, error);
      CHECK(error.empty());
      REQUIRE(members.size() == 2);
      CHECK(members[0].name == "news/a.txt");
      CHECK(members[0].content == "Headline A\n\nText of A.\n");
      CHECK(members[1].name == "news/b.jsonl");
      CHECK(members[1].content == "{\"title\": \"B\"}\n");
    }
  }

  TEST_CASE("a zip's members are read from memory, from a file, and from a stream") {
    const std::string bytes = make_archive(Bundle::zip, "", folder);
    ArchiveInput in = ArchiveInput::from_memory(bytes);
    REQUIRE(in.ok());
    CHECK(in.bundle());
    std::string error;
    const auto members = read_all(in, error);
    REQUIRE(members.size() == 2);
    CHECK(members[1].name == "news/b.jsonl");
    CHECK(members[1].content == "{\"title\": \"B\"}\n");
  }

  TEST_CASE("a compressed file is one member without a name, its size unknown") {
    const std::string text(100000, 'w');
    const std::string bytes = compress("gzip", text);
    ArchiveInput in = ArchiveInput::from_memory(bytes);
    REQUIRE(in.ok());
    CHECK_FALSE(in.bundle());
    std::string error;
    const auto members = read_all(in, error, 4096);
    REQUIRE(members.size() == 1);
    CHECK(members[0].name.empty());
    CHECK(members[0].content == text);
  }

  TEST_CASE("gzip members one after another are one stream (a .warc.gz gzips record by record)") {
    const std::string bytes = compress("gzip", "WARC/1.1\r\nfirst\r\n\r\n") +
                              compress("gzip", "WARC/1.1\r\nsecond\r\n\r\n");
    ArchiveInput in = ArchiveInput::from_memory(bytes);
    std::string error;
    const auto members = read_all(in, error);
    REQUIRE(members.size() == 1);
    CHECK(members[0].content == "WARC/1.1\r\nfirst\r\n\r\nWARC/1.1\r\nsecond\r\n\r\n");
  }

  TEST_CASE("a truncated bundle gives the members before the damage, then says what broke") {
    std::vector<dateline::test::Member> many;
    for (int i = 0; i < 40; ++i)
      many.push_back(
          {"m" + std::to_string(i) + ".txt", std::string(3000, static_cast<char>('a' + i % 26))});
    const std::string bytes = make_archive(Bundle::tar, "", many);
    const std::string cut = bytes.substr(0, bytes.size() / 2);
    ArchiveInput in = ArchiveInput::from_memory(cut);
    REQUIRE(in.ok());
    std::string error;
    const auto members = read_all(in, error, 1 << 16);
    CHECK(members.size() >= 15);
    CHECK(members.size() < 40);
    CHECK(members.front().content == std::string(3000, 'a'));
    CHECK_FALSE(error.empty());
  }

  TEST_CASE("bytes that are no archive at all cannot be opened, and say so") {
    const std::string bytes = "\x1f\x8b not really gzip";
    ArchiveInput in = ArchiveInput::from_memory(bytes);
    CHECK_FALSE(in.ok());
    CHECK_FALSE(in.error().empty());
    CHECK_FALSE(in.next());
  }

  TEST_CASE("a zip bomb streams through a small buffer, never inflated into memory") {
    // 64 MiB of one letter compress to some 64 KiB; read in 64 KiB reads, it is never held.
    // (Zeros would not do: libarchive takes them for the end of an empty tar.)
    const std::string bytes = compress("gzip", std::string(64 << 20, 'z'));
    CHECK(bytes.size() < (1 << 20));
    ArchiveInput in = ArchiveInput::from_memory(bytes);
    REQUIRE(in.next());
    std::string buffer(1 << 16, '\0');
    std::size_t total = 0;
    for (std::ptrdiff_t n; (n = in.read(buffer.data(), buffer.size())) > 0;) {
      CHECK(static_cast<std::size_t>(n) <= buffer.size());
      total += static_cast<std::size_t>(n);
    }
    CHECK(total == std::size_t{64} << 20);
  }
}
