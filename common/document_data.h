// What a hit displays, stored as the Xapian document's data (a JSON object). Written by the
// DocumentBuilder, read by the searcher; versioned with schema.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "article.h"
#include "place.h"

namespace dateline {

struct StoredDocument {
  std::string id;
  std::string title;
  std::string text;  // body as indexed, for snippets
  std::optional<ArticleDate> date;
  std::vector<Place> places;
  std::vector<std::string> topics;
  std::string source;
  std::string byline;
  std::string url;
  std::string language;
  std::string origin;
};

std::string serialise_document_data(const StoredDocument& doc);
// Throws std::runtime_error on data that is not ours.
StoredDocument parse_document_data(const std::string& data);

std::string_view date_source_name(DateSource source);
// The DateSource date_source_name() gives `name`, or nullopt.
std::optional<DateSource> date_source_from_name(std::string_view name);
std::string_view precision_name(DatePrecision precision);

}  // namespace dateline
