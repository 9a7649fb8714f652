// What a web page says about its article outside the text: title, byline, dates, site name,
// language and canonical URL, from <meta> tags (Open Graph, Twitter, Dublin Core, Parse.ly),
// schema.org (JSON-LD and microdata) and the markup itself.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <string_view>

namespace dateline {

struct PageMetadata {
  std::string title;
  std::string byline;     // "By " removed
  std::string site_name;  // og:site_name, else the JSON-LD publisher
  std::string language;   // ISO 639-1 ("en" for <html lang="en-US">), empty when unknown
  std::string url;        // rel=canonical, else og:url
  // Dates as written (parse them with parse_date), and the field each came from, for warnings.
  std::string published;  // the publisher's own publication date
  std::string published_field;
  std::string article_time;  // a <time datetime> of the article, when no field says "published"
  std::string modified;      // "last modified": only when nothing else dates the page
  std::string modified_field;
};

// Reads the whole document: call it before the main content is extracted (extraction removes
// the bylines and headers it finds).
PageMetadata read_page_metadata(const xmlDoc* doc);

namespace detail {

// <title> without the site's name: "Headline | Site", "Headline - Site", "Headline — Site".
// The suffix goes when it is `site_name`, or when what is left is still a headline (three
// words or more: "Mozilla - Wikipedia" stays whole, a name is not a headline).
std::string clean_document_title(std::string_view title, std::string_view site_name);

// Words of a squeezed text (runs between spaces).
std::size_t word_count(std::string_view s);

// "By Jane Doe" -> "Jane Doe"; whitespace squeezed.
std::string clean_byline(std::string_view byline);

// "en-US", "EN_gb", "en" -> "en"; "" when it is not a language tag.
std::string language_from_tag(std::string_view tag);

}  // namespace detail
}  // namespace dateline
