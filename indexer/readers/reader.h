// Readers: one per input format, each turning a file's bytes into Articles. They know formats
// and nothing of Xapian; per-record problems are reported as values, never thrown.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "article.h"

namespace dateline {

enum class Format { text, jsonl, reuters, rfc822, html, feed, nitf, newsml, warc };

std::string_view format_name(Format format);
// Text, Usenet, HTML and NITF files hold one article each; JSON Lines, Reuters SGML, feeds and
// NewsML-G2 (a newsMessage) hold many.
inline bool one_article_per_file(Format format) {
  return format == Format::text || format == Format::rfc822 || format == Format::html ||
         format == Format::nitf;
}
// Feeds and NewsML-G2 messages are XML documents of many articles: read whole, never in pieces
// (limits::max_document_bytes).
inline bool read_as_whole_document(Format format) {
  return format == Format::feed || format == Format::newsml;
}
std::optional<Format> format_from_name(std::string_view name);
// Every format's name, for --format's check and help.
std::vector<std::string> format_names();

// A problem with one record. A warning leaves the record indexed (repaired); a rejection drops
// that record and nothing else.
struct Problem {
  enum class Kind { warning, rejected };
  std::size_t line = 0;
  std::string reason;
  Kind kind = Kind::rejected;
};

// Where a file is: as the user named it (for messages), as its canonical absolute path (the
// incremental state's key), and as the path that identifies its articles (sources.h: the
// SOURCE folder's name and the path below it, so that moving the archive keeps the ids).
struct SourceFile {
  std::string display_path;
  std::string canonical_path;
  std::string identity = {};  // empty: the canonical path
  // The line the content given to the reader starts on: a large file is read in pieces
  // (file_io.h), and lines and ids stay those of the whole file.
  std::size_t first_line = 1;

  // The base of the ids of this file's articles (a one-article file's id, "PATH#LINE" for
  // JSON Lines records without an id).
  const std::string& id_path() const { return identity.empty() ? canonical_path : identity; }
};

struct ReaderOutput {
  std::function<void(Article&&)> article;
  std::function<void(Problem&&)> problem;
};

// Content first, extension second: nullopt when the file is not a format we read (a README in
// an archive folder, a binary file).
std::optional<Format> detect_format(std::string_view content, std::string_view path);

// Reads every record of `content`, which was read from `file`.
void read_articles(Format format, std::string_view content, const SourceFile& file,
                   ReaderOutput& out);

namespace detail {
void read_text(std::string_view content, const SourceFile& file, ReaderOutput& out);
void read_jsonl(std::string_view content, const SourceFile& file, ReaderOutput& out);
void read_reuters(std::string_view content, const SourceFile& file, ReaderOutput& out);
void read_rfc822(std::string_view content, const SourceFile& file, ReaderOutput& out);
void read_html(std::string_view content, const SourceFile& file, ReaderOutput& out);
void read_feed(std::string_view content, const SourceFile& file, ReaderOutput& out);
void read_nitf(std::string_view content, const SourceFile& file, ReaderOutput& out);
void read_newsml(std::string_view content, const SourceFile& file, ReaderOutput& out);
void read_warc(std::string_view content, const SourceFile& file, ReaderOutput& out);
// reader_common.cc: shared by the readers.
Article new_article(std::string_view format, const SourceFile& file, std::size_t line);
// `text` when it is valid UTF-8; else repaired (stray bytes read as Latin-1), with a warning.
std::string checked_utf8(std::string_view text, std::size_t line, ReaderOutput& out);
// Warns about an article with a headline and no text (it is still indexed).
void warn_if_bodiless(const Article& a, ReaderOutput& out);
// The source's own date (`what` names the field in the warning when it does not parse).
std::optional<ArticleDate> metadata_date(std::string_view text, std::size_t line,
                                         std::string_view what, ReaderOutput& out);
}  // namespace detail

}  // namespace dateline
