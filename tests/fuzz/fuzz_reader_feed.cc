// The RSS 2.0 and Atom 1.0 (reader_feed.cc) reader on any bytes.
#include "reader_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  dateline::fuzz::fuzz_reader(dateline::Format::feed, dateline::fuzz::as_text(data, size));
  return 0;
}
