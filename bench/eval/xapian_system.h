// Plain Xapian as its documentation sets it up: TermGenerator and QueryParser with the English
// stemmer and every other setting left at its default (STEM_SOME, no stopper, the query
// parser's default flags and OR), BM25Weight with its default parameters. What dateline has to
// beat to be worth more than a tutorial.
#pragma once

#include <xapian.h>

#include <memory>

#include "search_system.h"

namespace dateline::eval {

class XapianSystem final : public SearchSystem {
 public:
  std::string name() const override { return "Xapian"; }
  // Title and body as text of equal weight, one after the other, the id as document data.
  void index(const Collection& collection, const std::filesystem::path& work_dir) override;
  // A query the parser refuses (Xapian::QueryParserError) is rejected.
  SearchOutcome search(const std::string& query, std::size_t depth) override;

 private:
  std::unique_ptr<Xapian::Database> db_;
};

}  // namespace dateline::eval
