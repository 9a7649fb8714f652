// A judged test collection as every compared system sees it: the same documents, the same query
// texts and the same judgments, whatever layout the collection came in.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "metrics.h"

namespace dateline::eval {

struct EvalDocument {
  std::string id;
  std::string title;  // empty when the collection has no titles (MED, NPL)
  std::string body;
};

struct EvalQuery {
  std::string id;  // the id the judgments use
  std::string text;
};

struct Collection {
  std::string name;
  std::vector<EvalDocument> documents;
  std::vector<EvalQuery> queries;
  std::map<std::string, Judgments> judgments;  // by query id
  std::size_t empty_documents = 0;             // neither title nor text: left out of every index
  std::string gains;                           // how judgments became gains, for the report
};

// The SMART-layout collections of ../shared/eval (see its PROVENANCE.md), from their folders.
// Throws std::runtime_error naming the file when one is missing or unreadable.
Collection read_cran(const std::filesystem::path& dir);
Collection read_med(const std::filesystem::path& dir);
Collection read_npl(const std::filesystem::path& dir);

}  // namespace dateline::eval
