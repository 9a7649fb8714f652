// A temporary folder for one test, removed with everything in it when the test is over.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <stdexcept>
#include <string>

namespace dateline::test {

struct TempDir {
  std::string path;
  TempDir() {
    char name[] = "/tmp/dateline-test-XXXXXX";
    if (mkdtemp(name) == nullptr) throw std::runtime_error("cannot make a temporary folder");
    path = name;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

}  // namespace dateline::test
