// The Reuters-21578 SGML (reader_reuters.cc) reader on any bytes.
#include "reader_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  dateline::fuzz::fuzz_reader(dateline::Format::reuters, dateline::fuzz::as_text(data, size));
  return 0;
}
