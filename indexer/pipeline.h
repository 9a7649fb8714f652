// The indexing run: the stages composed, as DESIGN.md's data flow draws them.
//
//   discover (sources.h) -> read (readers/) -> analyse (analysis.h) -> build (document_builder.h)
//     -> write (index_writer.h) -> publish (publish.h)
#pragma once

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "analysis.h"
#include "diagnostics.h"
#include "progress.h"
#include "readers/reader.h"
#include "shards.h"
#include "sources.h"

namespace dateline {

struct IndexOptions {
  std::string db_path;
  std::vector<std::string> sources;  // files or folders (walked recursively)
  std::optional<Format> format;      // forced format; detected per file otherwise
  std::string language = "en";       // for records that do not name theirs
  std::string source;                // --source: publisher of records that do not name theirs
  std::size_t batch_size = 2000;     // documents per commit
  // --threads: threads that analyse articles (places, terms) while this one reads and writes;
  // 0 does everything on this thread. The results are the same whatever the number.
  unsigned threads = 0;
  // --date: the date of every article that has none in its metadata (nor in a sidecar); it
  // outranks the dateline, the text and the file time.
  std::optional<ArticleDate> date;
  // --rebuild: build a fresh generation aside and publish it atomically (publish.h).
  bool rebuild = false;
  // --shard-by: also publish the database's shards (shard_publish.h); without it, the layout
  // the database's shards were last published by, if any.
  std::optional<ShardLayout> shard_by;
  // --prune: also delete documents from sources not named in this run (by default only files
  // gone from under the named SOURCE folders are deleted).
  bool prune = false;
  // --file-dates: a one-article file's modification time is its publication time (a scraper's
  // fresh output). Off by default: a checkout, a copy or a restore resets file times, and an
  // article "published" on the day of the copy is a lie; without it such an article is
  // undated (and counted so) unless something else dates it.
  bool file_dates = false;
  // The name standard input (a SOURCE "-") goes by in messages and ids (--stdin-name): its
  // articles' ids are this name as a file's are its path ("stdin", "stdin#3" for a JSON Lines
  // record without an id), and its extension helps tell its format.
  std::string stdin_name = "stdin";
  ProgressReporter* progress = nullptr;  // may be null
  // Set by a signal handler: the pipeline stops between records, commits what it has, and
  // returns with IndexSummary::interrupted set.
  const std::atomic<bool>* stop = nullptr;
};

struct IndexSummary {
  std::size_t files_read = 0;
  std::size_t files_skipped = 0;  // not a format we read
  std::size_t files_failed = 0;   // could not be read
  std::size_t indexed = 0;        // articles written
  std::size_t duplicates = 0;     // ids seen twice in this run (the later replaced the earlier)
  std::size_t warnings = 0;       // records indexed after a repair
  std::size_t rejected = 0;       // records not indexed
  std::size_t undated = 0;        // articles indexed without a date
  // Articles dated by other evidence than their metadata (date_evidence.h), by source.
  std::size_t dated_by_option = 0;     // --date
  std::size_t dated_by_dateline = 0;   // the dateline's day
  std::size_t dated_by_text = 0;       // a date written in the opening paragraphs
  std::size_t dated_by_crawl = 0;      // the day a crawler fetched the page (WARC-Date)
  std::size_t dated_by_file_time = 0;  // the file's modification time
  // Incremental bookkeeping, per file and per article.
  std::size_t files_unchanged = 0;   // same size, time and content as last run: not read again
  std::size_t added = 0;             // articles new to the database
  std::size_t replaced = 0;          // articles whose file changed, written again
  std::size_t deleted = 0;           // articles removed: their file or record is gone
  bool interrupted = false;          // stopped by SIGINT/SIGTERM after committing
  std::string published;             // --rebuild: the generation now serving readers
  std::size_t shards = 0;            // shards published (0: not sharded)
  std::size_t shards_rewritten = 0;  // of which written again by this run
  std::string shards_stub;           // the stub file listing them
  std::size_t documents = 0;         // documents in the database afterwards
  double seconds = 0;
};

// Throws LockedError, DatabaseError or std::runtime_error for failures that stop the run;
// per-record and per-file problems are reported to `diagnostics` and counted.
IndexSummary run_index(const IndexOptions& options, const DiagnosticSink& diagnostics);

// What --extract does with each article: it gets it as the index would, its sidecar applied,
// its date and language settled (analysis.h), before places are resolved.
using ArticleSink = std::function<void(const AnalysedArticle&)>;

// --extract: reads as run_index() does, every file (there is no state to compare with), and
// hands each article to `extracted` instead of writing it; no database is opened. The
// summary's `indexed` counts the articles handed on; the database's counts stay zero.
IndexSummary run_extract(const IndexOptions& options, const DiagnosticSink& diagnostics,
                         const ArticleSink& extracted);

}  // namespace dateline
