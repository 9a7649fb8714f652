// The version every program prints for --version: meson's project version, and `git describe`
// when the build was made from a checkout (version.cc.in, filled in by meson's vcs_tag at each
// build, so a rebuilt checkout never reports a stale commit).
#pragma once

#include <string>
#include <string_view>

namespace dateline {

// "0.1.0", or "0.1.0 (git 0a45110-dirty)" from a checkout.
std::string version();

// "PROGRAM VERSION" and the licence, as GNU programs print for --version.
std::string version_text(std::string_view program);

}  // namespace dateline
