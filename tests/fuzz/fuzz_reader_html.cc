// The HTML page reader (reader_html.cc) on any bytes: charsets, libxml2's HTML parser, metadata
// (JSON-LD included) and main-content extraction.
#include "reader_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  dateline::fuzz::fuzz_reader(dateline::Format::html, dateline::fuzz::as_text(data, size));
  return 0;
}
