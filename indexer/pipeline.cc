#include "pipeline.h"

#include <fmt/format.h>
#include <xapian.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "alias_table.h"
#include "date_evidence.h"
#include "document_builder.h"
#include "place_setup.h"
#include "errors.h"
#include "file_evidence.h"
#include "file_state.h"
#include "index_lifecycle.h"
#include "text.h"
#include "places.h"
#include "schema.h"

namespace dateline {

namespace fs = std::filesystem;

namespace {

bool hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

std::optional<std::string> read_file(const std::string& path, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) {
    error = "read error";
    return std::nullopt;
  }
  return std::move(buf).str();
}

Xapian::WritableDatabase open_writable(const std::string& path, bool fresh) {
  try {
    fs::create_directories(fs::path(path).parent_path().empty() ? fs::path(".") : fs::path(path).parent_path());
    Xapian::WritableDatabase db(path, fresh ? Xapian::DB_CREATE_OR_OVERWRITE : Xapian::DB_CREATE_OR_OPEN);
    const std::string version = db.get_metadata(std::string(schema::version_key));
    if (version.empty() && db.get_doccount() > 0) {
      throw DatabaseError(fmt::format("{}: is a Xapian database, but not dateline's", path));
    }
    if (!version.empty() && version != schema::version) {
      throw DatabaseError(fmt::format("{}: built with schema version {}, this dateline writes {} "
                                      "(index into a new database)",
                                      path, version, schema::version));
    }
    // Only a new database is written to here: an unchanged rerun must write nothing.
    if (version.empty()) {
      // Mark a new database as dateline's at once: an indexer killed before its first batch
      // must leave a database the searcher opens (empty), not a foreign one.
      db.set_metadata(std::string(schema::version_key), std::string(schema::version));
      db.commit();
    }
    return db;
  } catch (const Xapian::DatabaseLockError&) {
    throw LockedError(fmt::format("{}: another dateline-index is writing to this database; try again later", path));
  } catch (const Xapian::Error& e) {
    throw DatabaseError(fmt::format("{}: cannot open for writing: {}", path, e.get_msg()));
  } catch (const fs::filesystem_error& e) {
    throw DatabaseError(fmt::format("{}: {}", path, e.code().message()));
  }
}

// Dates that are not the article's own metadata, by where they came from; and the undated.
void count_settled_date(const std::optional<ArticleDate>& date, IndexSummary& summary) {
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

}  // namespace

std::vector<std::string> expand_sources(const std::vector<std::string>& sources) {
  std::vector<std::string> files;
  for (const auto& source : sources) {
    std::error_code ec;
    const auto status = fs::status(source, ec);
    if (ec || !fs::exists(status)) throw std::runtime_error(fmt::format("{}: no such file or folder", source));
    if (!fs::is_directory(status)) {
      files.push_back(source);
      continue;
    }
    std::vector<std::string> found;
    auto it = fs::recursive_directory_iterator(source, fs::directory_options::skip_permission_denied, ec);
    if (ec) throw std::runtime_error(fmt::format("{}: {}", source, ec.message()));
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) throw std::runtime_error(fmt::format("{}: {}", source, ec.message()));
      if (hidden(it->path())) {
        if (it->is_directory()) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file()) found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

namespace {

// How long a superseded generation is kept for readers still on it: $DATELINE_GENERATION_GRACE
// seconds, else an hour.
std::chrono::seconds generation_grace() {
  if (const char* s = std::getenv("DATELINE_GENERATION_GRACE"); s != nullptr && *s != '\0')
    return std::chrono::seconds(std::strtol(s, nullptr, 10));
  return std::chrono::hours(1);
}

bool under(const std::string& path, const std::vector<std::string>& roots) {
  for (const auto& r : roots) {
    if (path == r) return true;
    if (path.size() > r.size() && path.compare(0, r.size(), r) == 0 && (r.back() == '/' || path[r.size()] == '/'))
      return true;
  }
  return false;
}

std::vector<Xapian::docid> documents_of(const Xapian::Database& db, const std::string& term) {
  std::vector<Xapian::docid> ids;
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) ids.push_back(*it);
  return ids;
}

// Files gone from under the named SOURCE folders (or, with --prune, gone from this run
// altogether) take their articles with them.
void delete_vanished(Xapian::WritableDatabase& db, const IndexOptions& options,
                     const std::unordered_set<std::string>& seen_paths, IndexSummary& summary, bool& changed) {
  std::vector<std::string> roots;
  for (const auto& source : options.sources) {
    std::error_code ec;
    roots.push_back(fs::weakly_canonical(fs::absolute(source), ec).string());
  }
  for (const auto& state : all_file_states(db)) {
    if (seen_paths.contains(state.path)) continue;
    if (!options.prune && !under(state.path, roots)) continue;
    const std::string term = make_term(schema::prefix::source_file, state.path);
    summary.deleted += db.get_termfreq(term);
    db.delete_document(term);
    erase_file_state(db, state.path);
    changed = true;
  }
}

}  // namespace

IndexSummary run_index(const IndexOptions& options, const DiagnosticSink& diagnostics) {
  const auto started = std::chrono::steady_clock::now();
  IndexSummary summary;
  const std::vector<std::string> files = expand_sources(options.sources);
  const IndexLock lock(options.db_path);
  std::optional<Generation> generation;
  if (options.rebuild) generation = new_generation(options.db_path);
  Xapian::WritableDatabase db = open_writable(generation ? generation->building : options.db_path, options.rebuild);

  // The gazetteer takes a moment to load: only a run with something to read pays for it.
  std::optional<PlaceSetup> places;
  std::optional<DocumentBuilder> builder;
  auto builder_for_run = [&]() -> DocumentBuilder& {
    if (!builder) {
      places = load_places(diagnostics);
      builder.emplace(*places->resolver, options.language);
      builder->add_spelling_to(db);
    }
    return *builder;
  };
  AliasWriter aliases;
  const std::unordered_set<std::string> in_run(files.begin(), files.end());
  std::unordered_map<std::string, std::string> seen;  // id -> "file:line" of its first record
  std::unordered_set<std::string> seen_paths;         // canonical paths of this run's files
  std::size_t pending = 0;
  bool changed = options.rebuild;
  auto stop_requested = [&] { return options.stop != nullptr && options.stop->load(); };

  ProgressUpdate progress;
  progress.files_total = files.size();
  for (const auto& path : files) {
    std::error_code ec;
    progress.bytes_total += fs::file_size(path, ec);
  }
  auto report = [&](const std::string& current) {
    if (options.progress == nullptr) return;
    progress.articles = summary.indexed;
    progress.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    progress.current_file = current;
    options.progress->update(progress);
  };

  for (const auto& path : files) {
    if (stop_requested()) {
      summary.interrupted = true;
      break;
    }
    std::error_code size_ec;
    const std::uint64_t file_bytes = fs::file_size(path, size_ec);
    // Counted as done once the loop body is over, whichever way it ends.
    struct Done {
      ProgressUpdate& p;
      std::uint64_t bytes;
      ~Done() {
        ++p.files_done;
        p.bytes_done += bytes;
      }
    } done{progress, size_ec ? 0 : file_bytes};
    if (const auto owner = sidecar_owner(path)) {
      // Read with its article, never as one.
      if (!in_run.contains(*owner)) {
        diagnostics(fmt::format("{}: skipped: sidecar of {}, which this run does not index", path, *owner));
        ++summary.files_skipped;
      }
      continue;
    }
    std::error_code ec;
    const std::string canonical = fs::weakly_canonical(fs::absolute(path), ec).string();
    seen_paths.insert(canonical);

    // Incremental: a file whose size and times (and its sidecar's) are as last indexed is not
    // read again; one touched but identical in content only has its times noted.
    std::optional<FileState> now = stat_file(canonical);
    const std::optional<FileState> before = options.rebuild ? std::nullopt : load_file_state(db, canonical);
    if (now && before && before->same_stat(*now)) {
      ++summary.files_unchanged;
      report(path);
      continue;
    }
    std::string error;
    const auto content = read_file(path, error);
    if (!content) {
      diagnostics(fmt::format("{}: cannot read: {}", path, error));
      ++summary.files_failed;
      continue;
    }
    if (now) now->hash = content_hash(*content);
    if (now && before && before->hash == now->hash && before->sidecar_size == now->sidecar_size &&
        before->sidecar_mtime_ns == now->sidecar_mtime_ns) {
      store_file_state(db, *now);
      changed = true;
      ++summary.files_unchanged;
      report(path);
      continue;
    }
    const auto format = options.format ? options.format : detect_format(*content, path);
    if (!format) {
      diagnostics(fmt::format("{}: skipped: not an article format dateline reads", path));
      ++summary.files_skipped;
      continue;
    }
    ++summary.files_read;
    const SourceFile file{path, canonical};

    // One-article files have a modification time and may have a sidecar that speak for their
    // article; an archive's records date each other.
    DateEvidence evidence{options.date, std::nullopt, std::nullopt};
    std::optional<Sidecar> sidecar;
    if (*format == Format::text || *format == Format::rfc822) {
      FileEvidence fe = file_evidence(path);
      evidence.file_time = fe.modified;
      for (const auto& p : fe.sidecar_problems) {
        ++summary.warnings;
        diagnostics(fmt::format("{}:{}: warning: {}", fe.sidecar_path, p.line, p.reason));
      }
      sidecar = std::move(fe.sidecar);
    } else if (std::error_code sidecar_ec; fs::is_regular_file(path + ".json", sidecar_ec)) {
      diagnostics(fmt::format("{}.json:1: warning: sidecar ignored: {} holds many articles", path, path));
    }

    // The file's documents as last indexed: those its new version no longer holds go.
    const std::string file_term = make_term(schema::prefix::source_file, canonical);
    const std::vector<Xapian::docid> previous = documents_of(db, file_term);
    std::unordered_set<Xapian::docid> written;
    bool stopped_in_file = false;

    ReaderOutput out;
    out.problem = [&](Problem&& p) {
      const bool warning = p.kind == Problem::Kind::warning;
      (warning ? summary.warnings : summary.rejected)++;
      diagnostics(fmt::format("{}:{}: {}{}", path, p.line, warning ? "warning: " : "", p.reason));
    };
    out.article = [&](Article&& article) {
      if (stopped_in_file || stop_requested()) {
        stopped_in_file = true;  // the file is redone in full by the next run
        return;
      }
      const std::string where = fmt::format("{}:{}", path, article.line);
      if (auto [it, inserted] = seen.try_emplace(article.id, where); !inserted) {
        ++summary.duplicates;
        diagnostics(fmt::format("{}: warning: id '{}' also at {}; this record replaces it", where,
                                article.id, it->second));
        it->second = where;
      } else {
        ++summary.indexed;
      }
      if (sidecar) apply_sidecar(article, *sidecar);
      if (!article.date) {
        settle_date(article, evidence);
        count_settled_date(article.date, summary);
      }
      if (article.date) evidence.neighbour = article.date->unix_seconds;
      article.source_path = canonical;
      BuiltDocument built = builder_for_run().build(article);
      const bool existed = db.term_exists(built.id_term);
      written.insert(db.replace_document(built.id_term, built.document));
      (existed ? summary.replaced : summary.added)++;
      changed = true;
      for (const auto& place : built.places) aliases.note(place, *places->resolver, db);
      if (++pending >= options.batch_size) {
        db.commit();
        pending = 0;
      }
      if (summary.indexed % 250 == 0) report(path);
    };
    read_articles(*format, *content, file, out);
    if (stopped_in_file) {
      summary.interrupted = true;
      break;
    }
    for (const Xapian::docid id : previous) {
      if (written.contains(id)) continue;
      db.delete_document(id);
      ++summary.deleted;
      changed = true;
    }
    if (now) {
      store_file_state(db, *now);
      changed = true;
    }
    report(path);
  }
  if (!summary.interrupted) delete_vanished(db, options, seen_paths, summary, changed);
  if (changed) db.commit();
  summary.documents = db.get_doccount();
  db.close();
  if (generation) {
    if (summary.interrupted) {
      diagnostics(fmt::format("{}: rebuild interrupted; the published database is unchanged", generation->building));
    } else {
      summary.published = publish_generation(options.db_path, *generation, summary.documents);
    }
  }
  remove_old_generations(options.db_path, generation_grace(), diagnostics);
  if (options.progress != nullptr) options.progress->done();
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace dateline
