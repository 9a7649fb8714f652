#include "place_corpora.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>
#include <vector>

#include "file_io.h"
#include "readers/reader.h"

namespace fs = std::filesystem;

namespace dateline::bench {

void for_each_reuters(const std::string& dir,
                      const std::function<void(const std::string& split, Article&&)>& fn) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".sgm") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  const std::regex attrs(R"re(LEWISSPLIT="(\w+)"[^>]*NEWID="(\d+)")re");
  for (const auto& path : files) {
    std::string error;
    const std::string content = read_whole_file(path.string(), error).value_or(std::string());
    std::map<std::string, std::string> split_of;
    for (std::sregex_iterator it(content.begin(), content.end(), attrs), end; it != end; ++it)
      split_of["reuters21578:" + (*it)[2].str()] = (*it)[1];
    ReaderOutput out;
    out.problem = [](Problem&&) {};
    out.article = [&](Article&& a) { fn(split_of[a.id], std::move(a)); };
    read_articles(Format::reuters, content, SourceFile{path.string(), path.string()}, out);
  }
}

std::set<std::string> tag_countries(const Article& article, const PlaceResolver& resolver,
                                    std::size_t& unknown) {
  std::set<std::string> out;
  for (const auto& tag : article.places) {
    Article only_tag;
    only_tag.places = {tag};
    bool any = false;
    for (const auto& p : resolver.resolve(only_tag)) {
      if (p.country.empty()) continue;
      out.insert(p.country);
      any = true;
    }
    if (!any) ++unknown;
  }
  return out;
}

std::optional<Article> read_one_article(const std::string& path) {
  std::string error;
  const auto content = read_whole_file(path, error);
  if (!content) return std::nullopt;
  const auto format = detect_format(*content, path);
  if (!format) return std::nullopt;
  std::optional<Article> article;
  ReaderOutput out;
  out.problem = [](Problem&&) {};
  out.article = [&](Article&& a) {
    if (!article) article = std::move(a);
  };
  read_articles(*format, *content, SourceFile{path, path}, out);
  return article;
}

}  // namespace dateline::bench
