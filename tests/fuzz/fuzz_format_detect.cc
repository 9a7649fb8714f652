// Format detection, then the reader it picks: what the pipeline does with every file under a
// SOURCE folder, whatever it holds. The same content under each of a few names, since the
// extension is detection's second opinion; each format detected is read once.
#include <array>
#include <set>

#include "reader_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace dateline;
  static constexpr std::array<std::string_view, 7> paths{
      "story.txt", "reut2-000.sgm", "feed.jsonl", "51121", "README", "story.json", "notes.md",
  };
  const std::string_view content = fuzz::as_text(data, size);
  std::set<Format> read;
  for (const auto path : paths) {
    const auto format = detect_format(content, path);
    if (format && read.insert(*format).second) fuzz::fuzz_reader(*format, content);
  }
  return 0;
}
