// The indexing run: the stages composed, as DESIGN.md's data flow draws them.
//
//   discover (sources.h) -> read (readers/) -> analyse (analysis.h) -> build (document_builder.h)
//     -> write (index_writer.h) -> publish (publish.h)
#pragma once

#include <atomic>
#include <optional>
#include <string>
#include <vector>

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

}  // namespace dateline
