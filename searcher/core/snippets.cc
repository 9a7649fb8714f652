#include "snippets.h"

#include <array>
#include <set>
#include <utility>

namespace dateline {

namespace {

// The marks Xapian puts around each match; see detail::snippet_from_markup for why a '<' is safe.
constexpr std::string_view match_begin = "<b>";
constexpr std::string_view match_end = "</b>";
constexpr std::string_view omitted = "…";  // where the passage cuts the text

}  // namespace

Snippet make_snippet(const Xapian::MSet& mset, const std::string& text, const Xapian::Stem& stemmer,
                     std::size_t length, bool background_model) {
  const unsigned flags = Xapian::MSet::SNIPPET_EXHAUSTIVE |
                         (background_model ? Xapian::MSet::SNIPPET_BACKGROUND_MODEL : 0);
  return detail::snippet_from_markup(mset.snippet(text, length, stemmer, flags,
                                                  std::string(match_begin), std::string(match_end),
                                                  std::string(omitted)));
}

Snippet mark_title(const Xapian::Query& query, const std::string& title,
                   const Xapian::Stem& stemmer) {
  std::set<std::string> words;  // as indexed unstemmed
  std::set<std::string> stems;
  for (auto t = query.get_unique_terms_begin(); t != query.get_unique_terms_end(); ++t) {
    const std::string full = *t;  // the iterator gives a temporary: keep it alive
    std::string_view term = full;
    const bool stemmed = term.starts_with('Z');
    if (stemmed) term.remove_prefix(1);
    if (term.starts_with('S')) term.remove_prefix(1);                  // the title field
    if (term.empty() || (term[0] >= 'A' && term[0] <= 'Z')) continue;  // another field or filter
    (stemmed ? stems : words).emplace(term);
  }
  Snippet out{title, {}};
  if (words.empty() && stems.empty()) return out;
  Xapian::Utf8Iterator it(title);
  const Xapian::Utf8Iterator end;
  while (it != end) {
    if (!Xapian::Unicode::is_wordchar(*it)) {
      ++it;
      continue;
    }
    const std::size_t begin = title.size() - it.left();
    std::string lower;
    while (it != end && Xapian::Unicode::is_wordchar(*it)) {
      Xapian::Unicode::append_utf8(lower, Xapian::Unicode::tolower(*it));
      ++it;
    }
    const std::size_t stop = it == end ? title.size() : title.size() - it.left();
    if (words.contains(lower) || stems.contains(stemmer(lower)))
      out.highlights.push_back({begin, stop});
  }
  return out;
}

Snippet lead_snippet(const std::string& text, std::size_t length) {
  std::string_view lead = text;
  bool cut = false;
  if (lead.size() > length) {
    std::size_t end = lead.rfind(' ', length);
    if (end == std::string_view::npos || end < length / 2) end = length;
    // Never split a UTF-8 sequence.
    while (end > 0 && (static_cast<unsigned char>(lead[end]) & 0xC0) == 0x80) --end;
    lead = lead.substr(0, end);
    cut = true;
  }
  Snippet snippet{std::string(lead), {}};
  if (cut) snippet.text += omitted;
  return snippet;
}

namespace detail {

Snippet snippet_from_markup(std::string_view marked) {
  // Xapian 1.4 escapes & < >; the quote entities are accepted too, should a later version
  // escape them.
  static constexpr std::array<std::pair<std::string_view, char>, 6> entities{{
      {"&amp;", '&'},
      {"&lt;", '<'},
      {"&gt;", '>'},
      {"&quot;", '"'},
      {"&#39;", '\''},
      {"&#x27;", '\''},
  }};
  Snippet out;
  out.text.reserve(marked.size());
  std::size_t open = std::string::npos;  // where the current match began in out.text
  for (std::size_t i = 0; i < marked.size();) {
    const std::string_view rest = marked.substr(i);
    if (rest.starts_with(match_begin)) {
      open = out.text.size();
      i += match_begin.size();
      continue;
    }
    if (rest.starts_with(match_end)) {
      if (open != std::string::npos && open < out.text.size())
        out.highlights.push_back({open, out.text.size()});
      open = std::string::npos;
      i += match_end.size();
      continue;
    }
    bool decoded = false;
    if (marked[i] == '&') {
      for (const auto& [entity, ch] : entities) {
        if (rest.starts_with(entity)) {
          out.text += ch;
          i += entity.size();
          decoded = true;
          break;
        }
      }
    }
    if (!decoded) out.text += marked[i++];
  }
  return out;
}

}  // namespace detail

}  // namespace dateline
