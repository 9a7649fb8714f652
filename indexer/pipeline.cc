#include "pipeline.h"

#include <fmt/format.h>

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <future>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analysis.h"
#include "analysis_pool.h"
#include "dates.h"
#include "document_builder.h"
#include "file_io.h"
#include "index_writer.h"
#include "log_text.h"
#include "places/place_setup.h"
#include "publish.h"
#include "readers/file_evidence.h"
#include "readers/record_limits.h"
#include "repeated_problems.h"
#include "shard_publish.h"
#include "sources.h"

namespace dateline {

namespace {

// How often, in articles, a long file updates the progress display.
constexpr std::size_t progress_every_articles = 250;

// Files up to this size are read whole; larger ones (JSON Lines, Reuters SGML) in pieces of
// about `piece_bytes`, each ending after a record (record_end). Format detection reads a head.
constexpr std::size_t read_whole_up_to = 16 << 20;
constexpr std::size_t piece_bytes = 8 << 20;
constexpr std::size_t detection_head_bytes = 64 << 10;

std::string_view record_end(Format format) {
  return format == Format::reuters ? "</REUTERS>" : "\n";
}

// Dates that are not the article's own metadata, by where they came from; and the undated.
void count_estimated_date(const std::optional<ArticleDate>& date, IndexSummary& summary) {
  if (!date) {
    ++summary.undated;
    return;
  }
  switch (date->source) {
    case DateSource::metadata:  // only --date gives a metadata date here
      ++summary.dated_by_option;
      break;
    case DateSource::dateline:
      ++summary.dated_by_dateline;
      break;
    case DateSource::text:
      ++summary.dated_by_text;
      break;
    case DateSource::file_time:
      ++summary.dated_by_file_time;
      break;
  }
}

// One run over discovered files: read, analyse, build, write, each file in turn, with the
// counts the summary reports.
class IndexRun {
 public:
  IndexRun(const IndexOptions& options, const DiagnosticSink& diagnostics, IndexWriter& writer,
           std::chrono::steady_clock::time_point started)
      : options_(options), diagnostics_(diagnostics), writer_(writer), started_(started) {}

  // Indexes every file, or those before a stop was requested.
  void index(const Sources& sources) {
    progress_.files_total = sources.files.size();
    progress_.bytes_total = sources.bytes_total;
    for (const auto& file : sources.files) {
      if (stop_requested()) {
        summary.interrupted = true;
        break;
      }
      const bool finished = index_file(file);
      ++progress_.files_done;
      progress_.bytes_done += file.bytes;
      if (!finished) {
        summary.interrupted = true;
        break;
      }
    }
  }

  // Writes every article still in flight, then sums up the problems not shown.
  void finish() {
    write_ready(true);
    for (const auto& line : repeats_.summary()) diagnostics_(line);
  }

  IndexSummary summary;

 private:
  bool stop_requested() const { return options_.stop != nullptr && options_.stop->load(); }

  // The gazetteer takes a moment to load: only a run with something to read pays for it.
  const PlaceResolver& resolver() {
    if (!places_) places_ = load_places(diagnostics_);
    return *places_->resolver;
  }

  void report(const std::string& current) {
    if (options_.progress == nullptr) return;
    progress_.articles = summary.indexed;
    progress_.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    progress_.current_file = current;
    options_.progress->update(progress_);
  }

  // False when a stop was requested part way: the file is redone in full by the next run.
  bool index_file(const SourceEntry& file) {
    if (file.skip_reason) {
      say(fmt::format("{}: {}", file.path, *file.skip_reason));
      ++summary.files_skipped;
      return true;
    }
    if (file.sidecar) return true;  // read with its article, never as one
    // Incremental: a file whose size and times (and its sidecar's) are as last indexed is not
    // read again; one touched but identical in content only has its times noted.
    std::optional<FileState> now = file.stat;
    const std::optional<FileState> before =
        options_.rebuild ? std::nullopt : writer_.file_state(file.canonical);
    if (now && before && before->same_stat(*now)) {
      ++summary.files_unchanged;
      report(file.path);
      return true;
    }
    // A large file is scanned (its hash, its head), then read in pieces that end where a
    // record ends: memory is a piece, not the file (a 1 GB JSON Lines file).
    std::string error;
    std::optional<std::string> content;
    std::optional<FileScan> scan;
    if (file.bytes > read_whole_up_to) {
      scan = scan_file(file.path, detection_head_bytes, error);
    } else {
      content = read_whole_file(file.path, error);
    }
    if (!content && !scan) {
      say(fmt::format("{}: cannot read: {}", file.path, error));
      ++summary.files_failed;
      return true;
    }
    if (now) now->hash = scan ? scan->hash : content_hash(*content);
    if (now && before && before->same_content(*now)) {
      in_order([this, state = *now] { writer_.note_unchanged(state); });
      ++summary.files_unchanged;
      report(file.path);
      return true;
    }
    const auto format =
        options_.format ? options_.format : detect_format(scan ? scan->head : *content, file.path);
    if (!format) {
      // Emptied, truncated or overwritten with binary: what it held before is gone too.
      ++summary.files_skipped;
      in_order([this, path = file.path, canonical = file.canonical, now, had = before.has_value()] {
        std::size_t removed = 0;
        if (had) {
          writer_.begin_file(canonical);
          removed = writer_.finish_file(now);
          summary.deleted += removed;
        }
        diagnostics_(fmt::format(
            "{}: skipped: not an article format dateline reads{}", path,
            removed ? fmt::format(" (its {} articles indexed earlier are removed)", removed)
                    : std::string()));
      });
      return true;
    }
    ++summary.files_read;
    const auto indexed_before = summary.indexed;
    const Read read = read_and_write(*format, content ? &*content : nullptr, file);
    if (read == Read::stopped) return false;
    if (read == Read::failed) return true;  // its articles and state as they were: retried
    const bool none = summary.indexed == indexed_before;
    in_order([this, path = file.path, now, none] {
      const std::size_t removed = writer_.finish_file(now);
      summary.deleted += removed;
      if (removed > 0 && none)
        diagnostics_(
            fmt::format("{}: no articles any more (its {} articles indexed earlier are removed)",
                        path, removed));
      report(path);
    });
    return true;
  }

  enum class Read { done, stopped, failed };

  // Reads `content`, or the file in pieces when it is too large to be read whole (null).
  Read read_and_write(Format format, const std::string* content, const SourceEntry& file) {
    const ArticleFileEvidence fe = article_file_evidence(format, file.path);
    for (const auto& w : fe.warnings) {
      if (w.counted) ++summary.warnings;
      say(w.text);
    }
    ArticleEvidence evidence;
    evidence.given = options_.date;
    if (options_.file_dates) evidence.file_time = fe.file_time;
    evidence.sidecar = fe.sidecar ? &*fe.sidecar : nullptr;
    evidence.default_language = options_.language;
    evidence.default_source = options_.source;

    in_order([this, canonical = file.canonical] { writer_.begin_file(canonical); });
    bool stopped = false;
    ReaderOutput out;
    out.problem = [&](Problem&& p) {
      const bool warning = p.kind == Problem::Kind::warning;
      (warning ? summary.warnings : summary.rejected)++;
      if (!repeats_.show(p.reason, file.path)) return;
      say(fmt::format("{}:{}: {}{}", file.path, p.line, warning ? "warning: " : "", p.reason));
    };
    out.article = [&](Article&& article) {
      if (stopped || stop_requested()) {
        stopped = true;
        return;
      }
      note_id(article, file.path);
      article.source_path = file.canonical;
      const std::size_t line = article.line;
      AnalysedArticle analysed = settle_article(std::move(article), evidence);
      if (analysed.implausible_date) {
        ++summary.warnings;
        say(fmt::format(
            "{}:{}: warning: date {} is outside the years {}-{} news is dated in (dropped)",
            file.path, line, *analysed.implausible_date, earliest_year, latest_year));
      }
      if (analysed.date_estimated) count_estimated_date(analysed.article.date, summary);
      if (analysed.article.date) evidence.previous_date = analysed.article.date->unix_seconds;
      const bool progress_due = summary.indexed % progress_every_articles == 0;
      const std::size_t bytes = analysed.article.body.size();
      in_flight_bytes_ += bytes;
      pending_.push_back({pool().submit(std::move(analysed)),
                          [this, path = file.path, progress_due, bytes](BuiltArticle* b) {
                            in_flight_bytes_ -= bytes;
                            (writer_.write(b->document, b->aliases) ? summary.replaced
                                                                    : summary.added)++;
                            if (progress_due) report(path);
                          }});
      write_ready(false);
    };
    SourceFile source{file.path, file.canonical, file.identity};
    if (content != nullptr) {
      read_articles(format, *content, source, out);
    } else if (one_article_per_file(format)) {
      limits::within_record_limit("article", file.bytes, 1, out);  // far over it: not read
    } else {
      std::string error;
      const auto piece = [&](std::string_view text, std::size_t first_line) {
        source.first_line = first_line;
        read_articles(format, text, source, out);
        return !stopped;
      };
      if (!read_file_in_pieces(file.path, record_end(format), piece_bytes, piece, error)) {
        say(fmt::format("{}: cannot read: {}", file.path, error));
        ++summary.files_failed;
        return Read::failed;
      }
    }
    return stopped ? Read::stopped : Read::done;
  }

  // Counts the article, or the duplicate of an id this run already indexed (the later record
  // replaces the earlier).
  // A million ids are held: each with its file's number and its line, not a "file:line" text.
  void note_id(const Article& article, const std::string& path) {
    if (seen_paths_.empty() || seen_paths_.back() != path) seen_paths_.push_back(path);
    const Where where{static_cast<std::uint32_t>(seen_paths_.size() - 1), article.line};
    if (auto [it, inserted] = first_seen_.try_emplace(article.id, where); !inserted) {
      ++summary.duplicates;
      say(fmt::format("{}:{}: warning: id '{}' also at {}:{}; this record replaces it", path,
                      article.line, excerpt(article.id), seen_paths_[it->second.file],
                      it->second.line));
      it->second = where;
    } else {
      ++summary.indexed;
    }
  }

  // The analysing threads, started with the first article (the gazetteer loads first).
  AnalysisPool& pool() {
    if (!pool_) pool_.emplace(options_.threads, resolver());
    return *pool_;
  }

  // A message, or a step of the writer's, after every article submitted before it is written.
  void say(std::string message) {
    in_order([this, m = std::move(message)] { diagnostics_(m); });
  }
  void in_order(std::function<void()> step) {
    if (pending_.empty()) {
      step();
      return;
    }
    pending_.push_back({{}, [s = std::move(step)](BuiltArticle*) { s(); }});
    write_ready(false);  // bounded even when no article comes (a million rejected files)
  }

  // Writes what is done, in submission order: everything with `all`, else until the articles
  // in flight are few enough (each worker a few ahead, and a byte budget for long articles).
  void write_ready(bool all) {
    const std::size_t window = pool_ ? 32 * std::size_t{pool_->workers()} : 0;
    while (!pending_.empty() &&
           (all || pending_.size() > window || in_flight_bytes_ > max_in_flight_bytes)) {
      Pending next = std::move(pending_.front());
      pending_.pop_front();
      if (next.built.valid()) {
        BuiltArticle built = next.built.get();
        next.step(&built);
      } else {
        next.step(nullptr);
      }
    }
  }

  struct Pending {
    std::future<BuiltArticle> built;  // none for a message or a step of the writer's own
    std::function<void(BuiltArticle*)> step;
  };
  static constexpr std::size_t max_in_flight_bytes = 64 << 20;

  const IndexOptions& options_;
  const DiagnosticSink& diagnostics_;
  IndexWriter& writer_;
  std::chrono::steady_clock::time_point started_;
  ProgressUpdate progress_;
  std::optional<PlaceSetup> places_;
  std::optional<AnalysisPool> pool_;  // after places_: stopped before the resolver goes
  std::deque<Pending> pending_;
  std::size_t in_flight_bytes_ = 0;
  RepeatedProblems repeats_;
  struct Where {
    std::uint32_t file;  // in seen_paths_
    std::size_t line;
  };
  std::vector<std::string> seen_paths_;                // the files read, in order
  std::unordered_map<std::string, Where> first_seen_;  // id -> its latest record
};

std::unordered_set<std::string> canonical_paths(const Sources& sources) {
  std::unordered_set<std::string> out;
  for (const auto& f : sources.files)
    if (!f.sidecar) out.insert(f.canonical);
  return out;
}

}  // namespace

IndexSummary run_index(const IndexOptions& options, const DiagnosticSink& diagnostics) {
  const auto started = std::chrono::steady_clock::now();
  const Sources sources = discover_sources(options.sources);
  Publication publication(options.db_path, options.rebuild);
  const std::optional<ShardLayout> layout =
      options.shard_by ? options.shard_by : published_shard_layout(options.db_path);
  IndexWriter writer(publication.target(), options.rebuild, options.batch_size);
  if (layout) writer.track_shards(*layout);

  IndexRun run(options, diagnostics, writer, started);
  run.index(sources);
  run.finish();
  IndexSummary summary = std::move(run.summary);
  if (!summary.interrupted)
    summary.deleted += writer.delete_vanished_files(canonical_paths(sources),
                                                    source_roots(options.sources), options.prune);
  writer.commit();
  summary.documents = writer.documents();
  writer.close();

  summary.published = publication.finish(summary.documents, summary.interrupted, diagnostics);
  if (layout && !summary.interrupted) {
    const ShardReport shards =
        publish_shards(options.db_path, *layout, options.rebuild, diagnostics);
    summary.shards = shards.shards;
    summary.shards_rewritten = shards.rewritten;
    summary.shards_stub = shards.stub;
  }
  if (options.progress != nullptr) options.progress->done();
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace dateline
