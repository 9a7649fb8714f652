// A sidecar's content (story.txt.json beside story.txt), then its fields applied to an article,
// as the pipeline does for a one-article file.
#include "fuzz_support.h"
#include "readers/sidecar.h"
#include "text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace dateline;
  std::vector<Problem> problems;
  const auto sidecar = parse_sidecar(fuzz::as_text(data, size), problems);
  for (const auto& p : problems)
    fuzz::expect(p.kind == Problem::Kind::warning, "a sidecar's problems are warnings");
  if (!sidecar) return 0;
  Article a;
  a.id = "story.txt";
  a.title = "Headline";
  a.body = "Body.";
  apply_sidecar(a, *sidecar);
  for (const std::string* s : {&a.title, &a.dateline, &a.source, &a.byline, &a.url, &a.language})
    fuzz::expect(is_valid_utf8(*s), "a sidecar's text is valid UTF-8");
  return 0;
}
