// One reader fed a fuzzed file's content, as the pipeline feeds it (read_articles, after the
// file was read whole). Besides not crashing, the reader keeps its promises: every text it
// hands on is valid UTF-8 (checked_utf8 repairs it; invalid UTF-8 would later stop the
// document data's JSON), and every problem names a line of the file.
#pragma once

#include <algorithm>

#include "fuzz_support.h"
#include "readers/reader.h"
#include "text.h"

namespace dateline::fuzz {

inline void fuzz_reader(Format format, std::string_view content) {
  const SourceFile file{"fuzz-input", "/fuzz/fuzz-input"};
  const std::size_t lines =
      1 + static_cast<std::size_t>(std::count(content.begin(), content.end(), '\n'));
  ReaderOutput out;
  out.article = [](Article&& a) {
    for (const std::string* s :
         {&a.id, &a.title, &a.body, &a.dateline, &a.source, &a.byline, &a.url, &a.language})
      expect(is_valid_utf8(*s), "an article's text is valid UTF-8");
    for (const auto& p : a.places) expect(is_valid_utf8(p.text), "a place name is valid UTF-8");
    for (const auto& t : a.topics) expect(is_valid_utf8(t), "a topic is valid UTF-8");
  };
  out.problem = [lines](Problem&& p) {
    expect(p.line >= 1 && p.line <= lines, "a problem names a line of the file");
  };
  read_articles(format, content, file, out);
}

}  // namespace dateline::fuzz
