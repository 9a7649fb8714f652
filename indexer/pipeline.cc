#include "pipeline.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <deque>
#include <functional>
#include <future>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analysis.h"
#include "analysis_pool.h"
#include "archive_input.h"
#include "dates.h"
#include "document_builder.h"
#include "file_io.h"
#include "index_writer.h"
#include "log_text.h"
#include "places/place_setup.h"
#include "publish.h"
#include "readers/file_evidence.h"
#include "readers/reader_warc.h"
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

// `read`, ending as if at the end of the input once `stopped` is set: a stream read record by
// record (WARC) stops between records.
ByteReader until_stopped(const ByteReader& read, const bool& stopped) {
  return [&read, &stopped](char* buffer, std::size_t size, std::string& error) {
    return stopped ? std::ptrdiff_t{0} : read(buffer, size, error);
  };
}

// Reads from `read` onto `content` until it holds more than `limit` bytes or the source ends:
// true at its end, false with more to come, nullopt with `error` set when reading fails.
std::optional<bool> read_up_to(const ByteReader& read, std::string& content, std::size_t limit,
                               std::string& error) {
  std::string chunk(1 << 16, '\0');
  while (content.size() <= limit) {
    const std::size_t want = std::min(chunk.size(), limit + 1 - content.size());
    const std::ptrdiff_t n = read(chunk.data(), want, error);
    if (n < 0) return std::nullopt;
    if (n == 0) return true;
    content.append(chunk.data(), static_cast<std::size_t>(n));
  }
  return false;
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
    case DateSource::crawl:
      ++summary.dated_by_crawl;
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
  // Articles are written by `writer`, or with none (--extract) handed to `extracted` settled.
  IndexRun(const IndexOptions& options, const DiagnosticSink& diagnostics, IndexWriter* writer,
           std::chrono::steady_clock::time_point started, const ArticleSink* extracted = nullptr)
      : options_(options),
        diagnostics_(diagnostics),
        writer_(writer),
        extracted_(extracted),
        started_(started) {}

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
    if (file.standard_input) return index_standard_input(file);
    // Incremental: a file whose size and times (and its sidecar's) are as last indexed is not
    // read again; one touched but identical in content only has its times noted. --extract
    // has no state: it reads everything.
    std::optional<FileState> now = file.stat;
    const std::optional<FileState> before =
        options_.rebuild || writer_ == nullptr ? std::nullopt : writer_->file_state(file.canonical);
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
      in_order([this, state = *now] { writer_->note_unchanged(state); });
      ++summary.files_unchanged;
      report(file.path);
      return true;
    }
    // A compressed file or a bundle is one file to the incremental state, its members each
    // read as a file would be.
    const std::string_view head = scan ? std::string_view(scan->head) : *content;
    if (is_packed(head, file.path)) return index_archive(file, content ? &*content : nullptr, now);
    const auto format = options_.format ? options_.format : detect_format(head, file.path);
    if (!format) {
      // Emptied, truncated or overwritten with binary: what it held before is gone too.
      ++summary.files_skipped;
      in_order([this, path = file.path, canonical = file.canonical, now, had = before.has_value()] {
        std::size_t removed = 0;
        if (had) {
          writer_->begin_file(canonical);
          removed = writer_->finish_file(now);
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
    const Read read = read_file(*format, content ? &*content : nullptr, file);
    if (read == Read::stopped) return false;
    if (read == Read::failed) return true;  // its articles and state as they were: retried
    finish_file(file.path, now, summary.indexed == indexed_before);
    return true;
  }

  // A compressed file or a bundle, in memory as `content` or else read from its path. Its
  // articles and its state are the bundle's, kept or replaced whole; members gone from it lose
  // their articles as records gone from a file do.
  bool index_archive(const SourceEntry& file, const std::string* content,
                     const std::optional<FileState>& now) {
    ArchiveInput in =
        content ? ArchiveInput::from_memory(*content) : ArchiveInput::from_file(file.path);
    if (!in.ok()) {
      say(fmt::format("{}: cannot read: {}", file.path, in.error()));
      ++summary.files_failed;
      return true;
    }
    const auto indexed_before = summary.indexed;
    begin_file(file.canonical);
    const Read read = read_members(in, file);
    if (read == Read::stopped) return false;
    // Damaged: the articles of the members not reached stay as they were, and no state is
    // stored, so that the next run reads the bundle again.
    if (read == Read::failed) return true;
    finish_file(file.path, now, summary.indexed == indexed_before);
    return true;
  }

  // Standard input: read every time (there is no state to compare), compressed or bundled
  // alike; its articles replace those of the same ids and are never deleted.
  bool index_standard_input(const SourceEntry& file) {
    const ByteReader read = [](char* buffer, std::size_t size, std::string& error) {
      for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, buffer, size);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) error = std::strerror(errno);
        return static_cast<std::ptrdiff_t>(n);
      }
    };
    std::string head;
    std::string error;
    if (!read_up_to(read, head, detection_head_bytes - 1, error)) {
      say(fmt::format("{}: cannot read: {}", file.path, error));
      ++summary.files_failed;
      return true;
    }
    if (is_packed(head, file.path, true)) {
      ArchiveInput in = ArchiveInput::from_fd(STDIN_FILENO, std::move(head));
      if (!in.ok()) {
        say(fmt::format("{}: cannot read: {}", file.path, in.error()));
        ++summary.files_failed;
        return true;
      }
      return read_members(in, file) != Read::stopped;
    }
    const auto format = options_.format ? options_.format : detect_format(head, file.path);
    if (!format) {
      say(fmt::format("{}: skipped: {}", file.path,
                      head.empty() ? "empty" : "not an article format dateline reads"));
      ++summary.files_skipped;
      return true;
    }
    ++summary.files_read;
    const SourceFile source{file.path, {}, file.identity};
    const Read r = read_stream(*format, read, std::move(head), {}, source, evidence_for({}));
    report(file.path);
    return r != Read::stopped;
  }

  enum class Read { done, stopped, failed };

  // Every member of `in`, each detected and read as a file: a bundle's named
  // "bundle.tar.gz:2025/a.txt" in messages and identified as "SOURCE/bundle.tar.gz/2025/a.txt";
  // a compressed file's one stream named as the file and identified as what it compresses
  // ("SOURCE/a.txt" for a.txt.gz), so that compressing a file keeps its ids. Failed when the
  // input is damaged (the members before the damage are read).
  Read read_members(ArchiveInput& in, const SourceEntry& file) {
    bool damaged = false;
    bool last_failed = false;  // the member before the damage, counted already
    const ByteReader read = [&in](char* buffer, std::size_t size, std::string& error) {
      const std::ptrdiff_t n = in.read(buffer, size);
      if (n < 0) error = in.error();
      return n;
    };
    while (const auto member = in.next()) {
      if (stop_requested()) return Read::stopped;
      last_failed = false;
      const bool bundle = in.bundle();
      const SourceFile source{
          bundle ? file.path + ":" + member->name : file.path, file.canonical,
          bundle ? file.identity + "/" + member->name : without_compression_suffix(file.identity)};
      std::string head;
      std::string error;
      if (!read_up_to(read, head, detection_head_bytes - 1, error)) {
        say(fmt::format("{}: cannot read: {}", source.display_path, error));
        ++summary.files_failed;
        damaged = damaged || !bundle;
        last_failed = true;
        continue;
      }
      const std::string name = bundle ? member->name : without_compression_suffix(file.path);
      const auto format = options_.format ? options_.format : detect_format(head, name);
      if (!format) {
        say(fmt::format("{}: skipped: not an article format dateline reads", source.display_path));
        ++summary.files_skipped;
        continue;
      }
      ++summary.files_read;
      // A member's time is its file time (with --file-dates); it has no sidecar. A compressed
      // file's time and sidecar ("a.txt.gz.json") are the file's own.
      ArticleEvidence evidence = evidence_for(member->mtime);
      std::optional<ArticleFileEvidence> fe;
      if (!bundle && !file.standard_input) {
        fe = file_evidence_of(*format, file.path);
        evidence = evidence_for(fe->file_time);
        evidence.sidecar = fe->sidecar ? &*fe->sidecar : nullptr;
      }
      if (!one_article_per_file(*format)) evidence.file_time.reset();
      const Read r = read_stream(*format, read, std::move(head), member->size, source, evidence);
      report(source.display_path);
      if (r == Read::stopped) return r;
      if (r == Read::failed) damaged = damaged || !bundle;
      last_failed = r == Read::failed;
    }
    if (!in.error().empty()) {
      say(fmt::format("{}: damaged: {} (what follows is not read)", file.path, in.error()));
      if (!last_failed) ++summary.files_failed;
      damaged = true;
    }
    return damaged ? Read::failed : Read::done;
  }

  // A stream's content (a member's, standard input's), of which `head` is already read: whole
  // when it is small, as a file is, else in pieces. A one-article format over the record
  // limit is rejected unread when the member's header gives its size, else once past the limit.
  Read read_stream(Format format, const ByteReader& read, std::string head,
                   std::optional<std::uint64_t> size, const SourceFile& source,
                   ArticleEvidence evidence) {
    bool stopped = false;
    ReaderOutput out = output_for(source, evidence, stopped);
    const bool one = one_article_per_file(format);
    const bool whole = read_as_whole_document(format);
    if (one && size && *size > limits::max_record_bytes) {
      limits::within_record_limit("article", *size, 1, out);
      return Read::done;
    }
    if (whole && size && !limits::within_document_limit(format_name(format), *size, out))
      return Read::done;
    std::string error;
    const std::size_t limit = one     ? limits::max_record_bytes
                              : whole ? limits::max_document_bytes
                                      : read_whole_up_to;
    auto ended = read_up_to(read, head, limit, error);
    if (ended && *ended) {
      read_articles(format, head, source, out);
    } else if (ended && one) {
      limits::within_record_limit("article", head.size(), 1, out);  // at least that many bytes
    } else if (ended && whole) {
      limits::within_document_limit(format_name(format), head.size(), out);  // at least that many
    } else if (ended && format == Format::warc) {
      if (!detail::read_warc_stream(until_stopped(read, stopped), std::move(head), source, out,
                                    error) &&
          !stopped)
        ended.reset();
    } else if (ended) {
      SourceFile piece_source = source;
      const auto piece = [&](std::string_view text, std::size_t first_line) {
        piece_source.first_line = first_line;
        read_articles(format, text, piece_source, out);
        return !stopped;
      };
      if (!read_in_pieces(read, std::move(head), record_end(format), piece_bytes, piece, error))
        ended.reset();
    }
    if (!ended) {
      say(fmt::format("{}: cannot read: {}", source.display_path, error));
      ++summary.files_failed;
      return Read::failed;
    }
    return stopped ? Read::stopped : Read::done;
  }

  // Reads `content`, or the file in pieces when it is too large to be read whole (null).
  Read read_file(Format format, const std::string* content, const SourceEntry& file) {
    const ArticleFileEvidence fe = file_evidence_of(format, file.path);
    ArticleEvidence evidence = evidence_for(fe.file_time);
    evidence.sidecar = fe.sidecar ? &*fe.sidecar : nullptr;
    begin_file(file.canonical);
    SourceFile source{file.path, file.canonical, file.identity};
    bool stopped = false;
    ReaderOutput out = output_for(source, evidence, stopped);
    if (content != nullptr) {
      read_articles(format, *content, source, out);
    } else if (one_article_per_file(format)) {
      limits::within_record_limit("article", file.bytes, 1, out);  // far over it: not read
    } else if (read_as_whole_document(format)) {
      if (limits::within_document_limit(format_name(format), file.bytes, out)) {
        std::string error;
        const auto whole = read_whole_file(file.path, error, limits::max_document_bytes);
        if (!whole) {
          say(fmt::format("{}: cannot read: {}", file.path, error));
          ++summary.files_failed;
          return Read::failed;
        }
        read_articles(format, *whole, source, out);
      }
    } else {
      std::string error;
      const auto piece = [&](std::string_view text, std::size_t first_line) {
        source.first_line = first_line;
        read_articles(format, text, source, out);
        return !stopped;
      };
      const auto warc = [&](const ByteReader& read) {
        if (!detail::read_warc_stream(until_stopped(read, stopped), {}, source, out, error) &&
            error.empty())
          error = "read failed";
      };
      const bool read =
          format == Format::warc
              ? with_file_reader(file.path, warc, error) && (stopped || error.empty())
              : read_file_in_pieces(file.path, record_end(format), piece_bytes, piece, error);
      if (!read) {
        say(fmt::format("{}: cannot read: {}", file.path, error));
        ++summary.files_failed;
        return Read::failed;
      }
    }
    return stopped ? Read::stopped : Read::done;
  }

  // A one-article file's time and sidecar, its warnings said.
  ArticleFileEvidence file_evidence_of(Format format, const std::string& path) {
    ArticleFileEvidence fe = article_file_evidence(format, path);
    for (const auto& w : fe.warnings) {
      if (w.counted) ++summary.warnings;
      say(w.text);
    }
    return fe;
  }

  ArticleEvidence evidence_for(std::optional<std::int64_t> file_time) const {
    ArticleEvidence evidence;
    evidence.given = options_.date;
    if (options_.file_dates) evidence.file_time = file_time;
    evidence.default_language = options_.language;
    evidence.default_source = options_.source;
    return evidence;
  }

  void begin_file(const std::string& canonical) {
    if (writer_ != nullptr) in_order([this, canonical] { writer_->begin_file(canonical); });
  }

  // The file's articles are all read: those it held and no longer holds are deleted (and said,
  // when it holds none any more), and `now` is stored as its state.
  void finish_file(const std::string& path, const std::optional<FileState>& now, bool none) {
    in_order([this, path, now, none] {
      const std::size_t removed = writer_ != nullptr ? writer_->finish_file(now) : 0;
      summary.deleted += removed;
      if (removed > 0 && none)
        diagnostics_(
            fmt::format("{}: no articles any more (its {} articles indexed earlier are removed)",
                        path, removed));
      report(path);
    });
  }

  // Where the records of `file` go: each problem counted and said; each article counted, settled
  // (analysis.h) with `evidence`, then placed and written, or with --extract handed on as it
  // is. `stopped` is set once a stop is requested.
  ReaderOutput output_for(const SourceFile& file, ArticleEvidence& evidence, bool& stopped) {
    ReaderOutput out;
    out.problem = [this, &file, &stopped](Problem&& p) {
      // A file stopped part way is read again whole by the next run, which tells its problems.
      if (stopped) return;
      const bool warning = p.kind == Problem::Kind::warning;
      (warning ? summary.warnings : summary.rejected)++;
      if (!repeats_.show(p.reason, file.display_path)) return;
      say(fmt::format("{}:{}: {}{}", file.display_path, p.line, warning ? "warning: " : "",
                      p.reason));
    };
    out.article = [this, &file, &evidence, &stopped](Article&& article) {
      if (stopped || stop_requested()) {
        stopped = true;
        return;
      }
      note_id(article, file.display_path);
      article.source_path = file.canonical_path;
      const std::size_t line = article.line;
      AnalysedArticle analysed = settle_article(std::move(article), evidence);
      if (analysed.implausible_date) {
        ++summary.warnings;
        say(fmt::format(
            "{}:{}: warning: date {} is outside the years {}-{} news is dated in (dropped)",
            file.display_path, line, *analysed.implausible_date, earliest_year, latest_year));
      }
      if (analysed.date_estimated) count_estimated_date(analysed.article.date, summary);
      if (analysed.article.date) evidence.previous_date = analysed.article.date->unix_seconds;
      if (extracted_ != nullptr) {
        (*extracted_)(analysed);
        return;
      }
      const bool progress_due = summary.indexed % progress_every_articles == 0;
      const std::size_t bytes = analysed.article.body.size();
      in_flight_bytes_ += bytes;
      pending_.push_back({pool().submit(std::move(analysed)),
                          [this, path = file.display_path, progress_due, bytes](BuiltArticle* b) {
                            in_flight_bytes_ -= bytes;
                            (writer_->write(b->document, b->aliases) ? summary.replaced
                                                                     : summary.added)++;
                            if (progress_due) report(path);
                          }});
      write_ready(false);
    };
    return out;
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
  IndexWriter* writer_;           // null with --extract
  const ArticleSink* extracted_;  // --extract's output
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
  const Sources sources = discover_sources(options.sources, options.stdin_name);
  Publication publication(options.db_path, options.rebuild);
  const std::optional<ShardLayout> layout =
      options.shard_by ? options.shard_by : published_shard_layout(options.db_path);
  IndexWriter writer(publication.target(), options.rebuild, options.batch_size);
  if (layout) writer.track_shards(*layout);

  IndexRun run(options, diagnostics, &writer, started);
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

IndexSummary run_extract(const IndexOptions& options, const DiagnosticSink& diagnostics,
                         const ArticleSink& extracted) {
  const auto started = std::chrono::steady_clock::now();
  const Sources sources = discover_sources(options.sources, options.stdin_name);
  IndexRun run(options, diagnostics, nullptr, started, &extracted);
  run.index(sources);
  run.finish();
  IndexSummary summary = std::move(run.summary);
  if (options.progress != nullptr) options.progress->done();
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace dateline
