// WARC files run to gigabytes, mostly records no reader wants (images, scripts, requests): they
// are read one record at a time from a source of bytes, the unwanted ones passed over without
// being kept, so that memory is one page whatever the size of the file or of its records.
#pragma once

#include <string>

#include "file_io.h"
#include "readers/reader.h"

namespace dateline::detail {

// The articles of the WARC file `read` gives, of which `start` was read already (a detection
// head). Every article goes through the record limits as read_articles() applies them. False
// with `error` set when reading fails (the records before it are read).
bool read_warc_stream(const ByteReader& read, std::string start, const SourceFile& file,
                      ReaderOutput& out, std::string& error);

}  // namespace dateline::detail
