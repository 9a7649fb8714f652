// The WARC (reader_warc.cc) reader on any bytes: records, HTTP headers, chunked and gzip bodies,
// each page through the HTML reader.
#include "reader_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  dateline::fuzz::fuzz_reader(dateline::Format::warc, dateline::fuzz::as_text(data, size));
  return 0;
}
