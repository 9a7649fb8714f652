// The RFC 822 / Usenet posts (reader_rfc822.cc) reader on any bytes.
#include "reader_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  dateline::fuzz::fuzz_reader(dateline::Format::rfc822, dateline::fuzz::as_text(data, size));
  return 0;
}
