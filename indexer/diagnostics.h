// Where the indexer's stages send a diagnostic line ("file:line: reason") for the user.
#pragma once

#include <functional>
#include <string>

namespace dateline {

using DiagnosticSink = std::function<void(const std::string&)>;

}  // namespace dateline
