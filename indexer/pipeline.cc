#include "pipeline.h"

#include <fmt/format.h>

#include <chrono>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "analysis.h"
#include "dates.h"
#include "document_builder.h"
#include "file_io.h"
#include "index_writer.h"
#include "log_text.h"
#include "places/place_setup.h"
#include "publish.h"
#include "readers/file_evidence.h"
#include "sources.h"

namespace dateline {

namespace {

// How often, in articles, a long file updates the progress display.
constexpr std::size_t progress_every_articles = 250;

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
      diagnostics_(fmt::format("{}: {}", file.path, *file.skip_reason));
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
    std::string error;
    const auto content = read_whole_file(file.path, error);
    if (!content) {
      diagnostics_(fmt::format("{}: cannot read: {}", file.path, error));
      ++summary.files_failed;
      return true;
    }
    if (now) now->hash = content_hash(*content);
    if (now && before && before->same_content(*now)) {
      writer_.note_unchanged(*now);
      ++summary.files_unchanged;
      report(file.path);
      return true;
    }
    const auto format = options_.format ? options_.format : detect_format(*content, file.path);
    if (!format) {
      // Emptied, truncated or overwritten with binary: what it held before is gone too.
      std::size_t removed = 0;
      if (before) {
        writer_.begin_file(file.canonical);
        removed = writer_.finish_file(now);
        summary.deleted += removed;
      }
      diagnostics_(fmt::format("{}: skipped: not an article format dateline reads{}", file.path,
                               removed ? fmt::format(" (its {} articles indexed earlier are "
                                                     "removed)",
                                                     removed)
                                       : std::string()));
      ++summary.files_skipped;
      return true;
    }
    ++summary.files_read;
    const auto indexed_before = summary.indexed;
    if (!read_and_write(*format, *content, file)) return false;
    const std::size_t removed = writer_.finish_file(now);
    summary.deleted += removed;
    if (removed > 0 && summary.indexed == indexed_before)
      diagnostics_(
          fmt::format("{}: no articles any more (its {} articles indexed earlier are "
                      "removed)",
                      file.path, removed));
    report(file.path);
    return true;
  }

  bool read_and_write(Format format, const std::string& content, const SourceEntry& file) {
    const ArticleFileEvidence fe = article_file_evidence(format, file.path);
    for (const auto& w : fe.warnings) {
      if (w.counted) ++summary.warnings;
      diagnostics_(w.text);
    }
    ArticleEvidence evidence;
    evidence.given = options_.date;
    if (options_.file_dates) evidence.file_time = fe.file_time;
    evidence.sidecar = fe.sidecar ? &*fe.sidecar : nullptr;
    evidence.default_language = options_.language;
    evidence.default_source = options_.source;

    writer_.begin_file(file.canonical);
    bool stopped = false;
    ReaderOutput out;
    // Every problem is counted; the same problem repeated in one file is shown for its first
    // few records, then summed up once (a damaged file must not flood the log).
    constexpr std::size_t shown_per_reason = 10;
    std::map<std::string, std::size_t> seen;
    out.problem = [&](Problem&& p) {
      const bool warning = p.kind == Problem::Kind::warning;
      (warning ? summary.warnings : summary.rejected)++;
      if (++seen[p.reason] > shown_per_reason) return;
      diagnostics_(
          fmt::format("{}:{}: {}{}", file.path, p.line, warning ? "warning: " : "", p.reason));
    };
    out.article = [&](Article&& article) {
      if (stopped || stop_requested()) {
        stopped = true;
        return;
      }
      note_id(article, file.path);
      article.source_path = file.canonical;
      const std::size_t line = article.line;
      const AnalysedArticle analysed = analyse(std::move(article), evidence, resolver());
      if (analysed.implausible_date) {
        ++summary.warnings;
        diagnostics_(fmt::format(
            "{}:{}: warning: date {} is outside the years {}-{} news is dated in (dropped)",
            file.path, line, *analysed.implausible_date, earliest_year, latest_year));
      }
      if (analysed.date_estimated) count_estimated_date(analysed.article.date, summary);
      if (analysed.article.date) evidence.previous_date = analysed.article.date->unix_seconds;
      (writer_.write(builder_.build(analysed), analysed.aliases) ? summary.replaced
                                                                 : summary.added)++;
      if (summary.indexed % progress_every_articles == 0) report(file.path);
    };
    read_articles(format, content, SourceFile{file.path, file.canonical, file.identity}, out);
    for (const auto& [reason, n] : seen)
      if (n > shown_per_reason)
        diagnostics_(fmt::format("{}: {} more records with the problem '{}' not shown", file.path,
                                 n - shown_per_reason, reason));
    return !stopped;
  }

  // Counts the article, or the duplicate of an id this run already indexed (the later record
  // replaces the earlier).
  void note_id(const Article& article, const std::string& path) {
    const std::string where = fmt::format("{}:{}", path, article.line);
    if (auto [it, inserted] = first_seen_.try_emplace(article.id, where); !inserted) {
      ++summary.duplicates;
      diagnostics_(fmt::format("{}: warning: id '{}' also at {}; this record replaces it", where,
                               excerpt(article.id), it->second));
      it->second = where;
    } else {
      ++summary.indexed;
    }
  }

  const IndexOptions& options_;
  const DiagnosticSink& diagnostics_;
  IndexWriter& writer_;
  std::chrono::steady_clock::time_point started_;
  ProgressUpdate progress_;
  std::optional<PlaceSetup> places_;
  DocumentBuilder builder_;
  std::unordered_map<std::string, std::string>
      first_seen_;  // id -> "file:line" of its latest record
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
  IndexWriter writer(publication.target(), options.rebuild, options.batch_size);

  IndexRun run(options, diagnostics, writer, started);
  run.index(sources);
  IndexSummary summary = std::move(run.summary);
  if (!summary.interrupted)
    summary.deleted += writer.delete_vanished_files(canonical_paths(sources),
                                                    source_roots(options.sources), options.prune);
  writer.commit();
  summary.documents = writer.documents();
  writer.close();

  summary.published = publication.finish(summary.documents, summary.interrupted, diagnostics);
  if (options.progress != nullptr) options.progress->done();
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace dateline
