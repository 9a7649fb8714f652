// The Reuters-21578 stories as the scale benchmark needs them: the fields a news archive has,
// read from the SGML files in the order of the files and of their records (NEWID order).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace dateline::scale {

struct Story {
  int newid = 0;
  bool test = false;  // LEWISSPLIT="TEST"
  std::string title;
  std::string dateline;                 // the place part: "SALVADOR" of "SALVADOR, Feb 26 -"
  std::vector<std::string> paragraphs;  // the BODY, one string per paragraph, lines joined
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;  // DATE, to the second
  std::vector<std::string> places;
  std::vector<std::string> topics;
};

// Every <REUTERS> record of the reut2-*.sgm files of `folder`. Entities are decoded (control
// characters dropped), Latin-1 bytes become UTF-8, the wire's "Reuter" sign-off is dropped.
// Throws std::runtime_error when the folder holds no such file.
std::vector<Story> read_reuters(const std::filesystem::path& folder);

}  // namespace dateline::scale
