// Shared by the reader tests: fixtures from tests/fixtures and a reader run collected into
// vectors.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "file_io.h"
#include "readers/reader.h"

namespace dateline::test {

inline std::string fixture(const std::string& name) {
  std::string error;
  auto content = read_whole_file(std::string(DATELINE_FIXTURES) + "/" + name, error);
  REQUIRE_MESSAGE(content.has_value(), "missing fixture ", name, ": ", error);
  return std::move(*content);
}

struct Read {
  std::vector<Article> articles;
  std::vector<Problem> problems;

  const Article& by_id(const std::string& id) const {
    const auto it = std::find_if(articles.begin(), articles.end(),
                                 [&](const Article& a) { return a.id == id; });
    REQUIRE_MESSAGE(it != articles.end(), "no article with id ", id);
    return *it;
  }
  std::vector<const Problem*> at_line(std::size_t line) const {
    std::vector<const Problem*> out;
    for (const auto& p : problems)
      if (p.line == line) out.push_back(&p);
    return out;
  }
};

inline Read read_as(Format format, std::string_view content, const SourceFile& file) {
  Read r;
  ReaderOutput out{[&](Article&& a) { r.articles.push_back(std::move(a)); },
                   [&](Problem&& p) { r.problems.push_back(std::move(p)); }};
  read_articles(format, content, file, out);
  return r;
}

}  // namespace dateline::test
