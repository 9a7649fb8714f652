// Query-time stopwords: words so common in English text that requiring them (AND) only loses
// matches and weighting them only adds noise. Not applied at index time, so phrases keep them.
#pragma once

#include <xapian.h>

#include <memory>
#include <string_view>

namespace dateline {

// A stopper for the query's language, or nullptr when we have no list for it.
std::unique_ptr<Xapian::Stopper> make_stopper(std::string_view language);

}  // namespace dateline
