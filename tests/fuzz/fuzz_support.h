// Shared by the fuzz targets: the input as text, structured inputs as lines (so that seeds and
// reproducers read as text and can be written by hand), and checks that libFuzzer reports as
// a crash, with the broken promise named.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace dateline::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// The first `count - 1` lines of `text`, then everything after them as the last field (which
// may hold newlines); missing fields are empty. "q\nfrom\nto" with count 4 -> q, from, to, "".
inline std::vector<std::string_view> fields(std::string_view text, std::size_t count) {
  std::vector<std::string_view> out;
  while (out.size() + 1 < count) {
    const auto nl = text.find('\n');
    out.push_back(text.substr(0, nl));
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
  }
  out.push_back(text);
  return out;
}

// Every line of `text`: "a\nb\n" -> a, b.
inline std::vector<std::string_view> lines(std::string_view text) {
  std::vector<std::string_view> out;
  while (!text.empty()) {
    const auto f = fields(text, 2);
    out.push_back(f[0]);
    text = f[1];
  }
  return out;
}

// A promise of the code under test did not hold: a finding, reported like a crash.
inline void expect(bool held, const char* promise) {
  if (held) return;
  std::fprintf(stderr, "dateline fuzz: broken promise: %s\n", promise);
  std::abort();
}

}  // namespace dateline::fuzz
