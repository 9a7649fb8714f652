#include "pipeline.h"

#include <fmt/format.h>
#include <xapian.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
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

Xapian::WritableDatabase open_writable(const std::string& path) {
  try {
    fs::create_directories(fs::path(path).parent_path().empty() ? fs::path(".") : fs::path(path).parent_path());
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN);
    const std::string version = db.get_metadata(std::string(schema::version_key));
    if (version.empty() && db.get_doccount() > 0) {
      throw DatabaseError(fmt::format("{}: is a Xapian database, but not dateline's", path));
    }
    if (!version.empty() && version != schema::version) {
      throw DatabaseError(fmt::format("{}: built with schema version {}, this dateline writes {} "
                                      "(index into a new database)",
                                      path, version, schema::version));
    }
    db.set_metadata(std::string(schema::version_key), std::string(schema::version));
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

IndexSummary run_index(const IndexOptions& options, const DiagnosticSink& diagnostics) {
  const auto started = std::chrono::steady_clock::now();
  IndexSummary summary;
  const std::vector<std::string> files = expand_sources(options.sources);
  Xapian::WritableDatabase db = open_writable(options.db_path);

  const PlaceSetup places = load_places(diagnostics);
  const PlaceResolver& resolver = *places.resolver;
  AliasWriter aliases;
  DocumentBuilder builder(resolver, options.language);
  const std::unordered_set<std::string> in_run(files.begin(), files.end());
  std::unordered_map<std::string, std::string> seen;  // id -> "file:line" of its first record
  std::size_t pending = 0;

  for (const auto& path : files) {
    if (const auto owner = sidecar_owner(path)) {
      // Read with its article, never as one.
      if (!in_run.contains(*owner)) {
        diagnostics(fmt::format("{}: skipped: sidecar of {}, which this run does not index", path, *owner));
        ++summary.files_skipped;
      }
      continue;
    }
    std::string error;
    const auto content = read_file(path, error);
    if (!content) {
      diagnostics(fmt::format("{}: cannot read: {}", path, error));
      ++summary.files_failed;
      continue;
    }
    const auto format = options.format ? options.format : detect_format(*content, path);
    if (!format) {
      diagnostics(fmt::format("{}: skipped: not an article format dateline reads", path));
      ++summary.files_skipped;
      continue;
    }
    ++summary.files_read;
    std::error_code ec;
    const SourceFile file{path, fs::weakly_canonical(fs::absolute(path), ec).string()};

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

    ReaderOutput out;
    out.problem = [&](Problem&& p) {
      const bool warning = p.kind == Problem::Kind::warning;
      (warning ? summary.warnings : summary.rejected)++;
      diagnostics(fmt::format("{}:{}: {}{}", path, p.line, warning ? "warning: " : "", p.reason));
    };
    out.article = [&](Article&& article) {
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
      BuiltDocument built = builder.build(article);
      db.replace_document(built.id_term, built.document);
      for (const auto& place : built.places) aliases.note(place, resolver, db);
      if (++pending >= options.batch_size) {
        db.commit();
        pending = 0;
      }
    };
    read_articles(*format, *content, file, out);
  }
  db.commit();
  summary.documents = db.get_doccount();
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace dateline
