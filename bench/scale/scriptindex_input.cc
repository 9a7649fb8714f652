// scale-scriptindex-input: the interchange JSON Lines into Omega scriptindex's input, one
// output file per input file: "field=value" lines, a value's further lines as "=line", a blank
// line between records. Run before the timed scriptindex, so its figure is the indexer's own.
//
//   scale-scriptindex-input IN_FOLDER OUT_FOLDER
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace {

void write_field(std::string& out, std::string_view name, std::string_view value) {
  out += name;
  out += '=';
  for (char c : value) {
    out += c;
    if (c == '\n') out += '=';
  }
  out += '\n';
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    fmt::print(stderr, "usage: scale-scriptindex-input IN_FOLDER OUT_FOLDER\n");
    return 2;
  }
  try {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(argv[1]))
      if (e.path().extension() == ".jsonl") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::filesystem::create_directories(argv[2]);
    for (const auto& file : files) {
      std::ifstream in(file, std::ios::binary);
      std::string out, line;
      while (std::getline(in, line)) {
        const auto record = nlohmann::json::parse(line);
        const auto& id = record.at("id");
        write_field(out, "id", id.is_string() ? id.get<std::string>() : id.dump());
        for (const char* name : {"title", "body", "date", "dateline"}) {
          const auto found = record.find(name);
          if (found != record.end() && found->is_string())
            write_field(out, name, found->get<std::string>());
        }
        out += '\n';
      }
      std::ofstream(std::filesystem::path(argv[2]) / file.filename().replace_extension(".txt"),
                    std::ios::binary)
          << out;
    }
  } catch (const std::exception& e) {
    fmt::print(stderr, "scale-scriptindex-input: {}\n", e.what());
    return 1;
  }
  return 0;
}
