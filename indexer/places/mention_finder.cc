#include "places/mention_finder.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "places/place_mentions.h"
#include "places/place_names.h"
#include "places/place_words.h"
#include "text.h"

namespace dateline {

using Kind = GazetteerEntry::Kind;
namespace words = place_words;

namespace {

bool has_lower(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

std::string join(const std::vector<Token>& tokens, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    if (!out.empty()) out += ' ';
    out += tokens[i].text;
  }
  return out;
}

// Words before a club's name: "beat Chelsea", "joined Newcastle".
bool is_club_verb(std::string_view w) {
  static constexpr std::array<std::string_view, 16> verbs{
      "beat",   "beating", "beaten", "against", "v",       "vs",   "joined", "join",
      "signed", "leave",   "host",   "hosts",   "hosting", "face", "facing", "thrashed"};
  return std::find(verbs.begin(), verbs.end(), w) != verbs.end();
}

// Most words of a headline capitalised ("Talks Extend Into Third Day").
bool headline_case(std::string_view title) {
  std::size_t words = 0, capitalised = 0;
  for (const auto& t : tokenize(title)) {
    if (t.text.size() < 4) continue;  // "of", "and", "in" stay lower case in title case
    ++words;
    capitalised += t.capitalised;
  }
  return words > 0 && 2 * capitalised > words;
}

// A match report or transfer story: club names are town names there.
bool sports_report(std::string_view body) {
  std::size_t signals = 0;
  for (const auto& t : tokenize(body)) {
    const auto& w = t.text;
    if (words::is_sports_word(w)) ++signals;
    // A score: "2-1", "6-3".
    if (w.size() >= 3 && w.size() <= 5 && std::isdigit(static_cast<unsigned char>(w.front())) &&
        std::isdigit(static_cast<unsigned char>(w.back())) && w.find('-') != std::string::npos)
      ++signals;
  }
  constexpr std::size_t min_signals = 2;
  return signals >= min_signals;
}

}  // namespace

MentionFinder::MentionFinder(const Gazetteer& gazetteer, const CommonWords& words)
    : gazetteer_(gazetteer), words_(words) {
  for (const auto& d : place_names::demonyms()) {
    demonyms_[slug(d.name)] = std::string(d.iso2);
    // Plurals of the nouns: "Ukrainians", "Russians", "Iraqis", "Britons".
    if (d.name.ends_with("an") || d.name.ends_with("i") || d.name.ends_with("on"))
      demonyms_[slug(std::string(d.name) + "s")] = std::string(d.iso2);
  }
  for (const auto& a : place_names::capital_abbreviations())
    abbreviations_[std::string(a.name)] = std::string(a.iso2);
}

std::string MentionFinder::demonym_country(std::string_view words) const {
  const auto it = demonyms_.find(slug(words));
  return it == demonyms_.end() ? std::string() : it->second;
}

// The words of people's names in a text: a name followed by a verb of saying ("Ken Livingstone
// said"), after a title or a role ("Mr Wright", "striker Alan Shearer"), or opening with a
// given name the word list knows that is no place ("Janet Reno").
std::unordered_set<std::string> MentionFinder::people(std::string_view text) const {
  std::unordered_set<std::string> out;
  for (const auto& run : capitalised_runs(text, false)) {
    const auto& t = run.tokens;
    std::size_t start = 0;
    bool titled = false;
    // "Ukrainian President Zelensky": the demonym and the title are not the name; "Mr Irish"
    // and "Oliver Irish" are names.
    while (start < t.size() &&
           (!demonym_country(t[start].text).empty() || abbreviations_.contains(t[start].text)))
      ++start;
    while (start < t.size() && words::is_title(t[start].text)) {
      titled = true;
      ++start;
    }
    std::size_t end = start;
    while (end < t.size() && !is_connector(t[end].text)) ++end;
    if (end == start) continue;
    const auto& first = t[start].text;
    const bool given_name =
        words_.proper(first) && !words_.contains(first) && gazetteer_.lookup(first, true).empty();
    // "Holland who scored" (but "Spain, who" is the country's apposition).
    const bool who = end == t.size() && run.next_word == "who" && !t.back().comma_after;
    const bool said = end == t.size() && (words::is_saying_verb(run.next_word) || who);
    const bool role = words::is_role_noun(run.prev_word);
    if (end - start < 2 && !role && !titled && !who) continue;
    // "Conchita Martinez": an unknown capitalised word before a town makes a person's name,
    // unless the whole is itself a place ("Santa Clara").
    const bool unknown_first = end - start >= 2 && !words_.contains(first) &&
                               !words_.proper(first) && gazetteer_.lookup(first, true).empty() &&
                               !words::is_function_word(first) &&
                               gazetteer_.lookup(join(t, start, end), true).empty();
    if (who && end - start == 1) {  // "Holland who scored": a person even with a country's name
      out.insert(t[start].text);
      continue;
    }
    if (!(titled || said || given_name || role || unknown_first)) continue;
    for (std::size_t i = start; i < end; ++i) {
      // A country's name in a person's run is still the country ("Ukraine's Zelensky"); a
      // demonym after a title or a given name is a surname ("Mr Irish").
      if (!gazetteer_.any_country(gazetteer_.lookup(t[i].text, true))) out.insert(t[i].text);
    }
  }
  return out;
}

std::vector<Mention> MentionFinder::find(const Article& article) const {
  std::vector<Mention> out;
  const bool shouted_title = !has_lower(article.title);
  // "U.S. and Ukrainian Officials Extend Talks": in a headline with every word capitalised,
  // capitals do not join words into longer names.
  const bool title_case = headline_case(article.title);
  auto people_here = people(article.body);
  if (!shouted_title) people_here.merge(people(article.title));

  const bool sports = sports_report(article.body);
  const std::array<std::pair<std::string_view, bool>, 2> parts{
      {{article.title, true}, {article.body, false}}};
  for (const auto& [text, in_title] : parts) {
    const auto runs = capitalised_runs(text, in_title);
    std::vector<bool> run_locative;  // per run before k: it named a location
    for (std::size_t k = 0; k < runs.size(); ++k) {
      const auto& tokens = runs[k].tokens;
      const std::size_t n = tokens.size();
      const bool next_adjacent = k + 1 < runs.size() && runs[k + 1].first == runs[k].last + 1;
      // Tokens that do not make a name part of a longer one: "In", "The" opening a sentence,
      // titles ("President"), connectors, compass words ("North London").
      auto neutral = [&](std::size_t i) {
        const auto& w = tokens[i].text;
        if (is_connector(w) || words::is_title(w) || words::is_direction_word(w)) return true;
        return i == 0 && tokens[i].sentence_start &&
               (words::is_function_word(w) || (words_.contains(w) && !words_.proper(w)));
      };
      auto is_place_word = [&](const Token& t) {
        return !demonym_country(t.text).empty() || abbreviations_.contains(t.text) ||
               !gazetteer_.lookup(t.text, true).empty();
      };
      bool unknown_before = false;
      std::vector<bool> used(n, false);
      std::vector<Mention> run_out;
      for (std::size_t i = 0; i < n;) {
        // "South Africa", "North Korean": a compass word may open a name.
        auto opens_name = [&](std::size_t at) {
          if (!words::is_direction_word(tokens[at].text)) return false;
          for (std::size_t len = std::min<std::size_t>(5, n - at); len >= 2; --len) {
            const std::string s = join(tokens, at, at + len);
            if (!demonym_country(s).empty() || !gazetteer_.lookup(s, true).empty()) return true;
          }
          return false;
        };
        if (neutral(i) && !opens_name(i)) {
          // After "of", a country is not inside the name before it ("Bank of Japan"); a
          // person's "of" is caught below as a nationality ("Bekele of Ethiopia").
          if (is_connector(tokens[i].text)) unknown_before = false;
          ++i;
          continue;
        }
        bool matched = false;
        for (std::size_t len = std::min<std::size_t>(5, n - i); len >= 1 && !matched; --len) {
          if (is_connector(tokens[i + len - 1].text)) continue;
          std::string surface = join(tokens, i, i + len);
          // "Paris-based Euronext", "London-based": the place where the firm is.
          const bool based = surface.size() > 6 && surface.ends_with("-based");
          if (based) surface.resize(surface.size() - 6);
          Mention m;
          const bool trusted_case = !(in_title && shouted_title);
          if (len == 1 && trusted_case) {
            if (const auto a = abbreviations_.find(surface); a != abbreviations_.end())
              m.country = a->second;
          }
          if (m.country.empty()) {
            m.country = demonym_country(surface);
            m.demonym = !m.country.empty();
          }
          if (m.country.empty()) m.entries = gazetteer_.lookup(surface, true);
          if (m.country.empty() && m.entries.empty()) continue;
          if (!trusted_case) {
            // In an all-capitals headline only country names and demonyms are trusted.
            std::erase_if(m.entries, [&](std::uint32_t e) {
              return gazetteer_.entry(e).kind != Kind::country;
            });
            if (m.country.empty() && m.entries.empty()) continue;
          }
          const bool is_country = !m.country.empty() || gazetteer_.any_country(m.entries);
          m.surface = surface;
          m.in_title = in_title;
          m.offset = tokens[i].offset;
          m.sentence = tokens[i].sentence;
          m.all_common =
              len > 1 && std::all_of(tokens.begin() + static_cast<std::ptrdiff_t>(i),
                                     tokens.begin() + static_cast<std::ptrdiff_t>(i + len),
                                     [&](const Token& t) {
                                       return is_connector(t.text) || words_.contains(t.text);
                                     });
          m.inside_name = unknown_before && !(in_title && title_case);
          const bool ends_run = i + len == n;
          m.region_word = ends_run && words::is_region_word(runs[k].next_word);
          if (ends_run && tokens.back().comma_after && next_adjacent)
            m.qualifier = join(runs[k + 1].tokens, 0, runs[k + 1].tokens.size());
          // A capitalised word after the name makes a longer name ("Texas Instruments",
          // "Spanish Inquisition", "Newcastle United") unless it is a state's institution
          // ("US Government") or another place.
          // A country's name before a plain word is usually still the country ("U.S. Content"
          // in wire copy); a demonym before a capitalised word names a thing ("British Airways").
          const bool names_by_case = trusted_case && !(in_title && title_case);
          if (!ends_run && names_by_case) {
            const Token& after = tokens[i + len];
            const bool plain = words_.contains(after.text) && !m.demonym;
            if (words::is_club_suffix(after.text))
              m.club = !is_country;
            else if (words::is_event_word(after.text))
              m.inside_name = true;
            else if (!is_connector(after.text) && !words::is_state_head(after.text) &&
                     (!is_place_word(after) || people_here.contains(after.text)) &&
                     !(is_country && plain))
              m.inside_name = true;
          }
          // "Gulf of Mexico"; "Bekele of Ethiopia" (a person's nationality).
          if (i >= 2 && tokens[i - 1].text == "of") {
            const auto& before = tokens[i - 2].text;
            if (words::is_geographic_feature(before))
              m.feature = true;
            else if (!words::is_title(before) && !words_.contains(before) &&
                     (!is_place_word(tokens[i - 2]) || people_here.contains(before)))
              m.nationality = is_country;
          }
          // "France's Snecma", "Britain's Kathy Butler": a firm's or a person's nationality;
          // "Newcastle's Alan Shearer": the club. "London's Abbey Road" stays a place.
          if (ends_run && tokens.back().possessive && next_adjacent) {
            const auto& next = runs[k + 1].tokens;
            const bool head =
                words::is_state_head(next.front().text) || words::is_title(next.front().text);
            const bool next_person = people_here.contains(next.back().text);
            if (is_country && !head && !is_place_word(next.front())) m.nationality = true;
            if (!is_country && next_person && sports) m.club = true;
          }
          if (!is_country && i == 0 && is_club_verb(runs[k].prev_word)) m.club = true;
          // "Mexican director Alfonso Cuaron", "the Portugal star": a person's nationality.
          if (is_country && ends_run && words::is_role_noun(runs[k].next_word))
            m.nationality = true;
          // "the US dollar" is a currency; "the Moroccan will not commit" a person.
          if (is_country && ends_run && words::is_currency(runs[k].next_word)) m.nationality = true;
          if (m.demonym && ends_run && runs[k].after_the &&
              words::is_person_verb(runs[k].next_word))
            m.nationality = true;
          if (!is_country && ends_run && words::is_club_role(runs[k].next_word)) m.club = true;
          if (len == 1 && people_here.contains(surface)) m.person = true;
          const auto& after_word = runs[k].next_word;
          // Before a lower-case dictionary word that is no function word and no verb we can
          // tell ("the UK charts", "the Iraq war"; "France rejected" is a verb by its -ed).
          m.attributive = ends_run && !next_adjacent && !m.demonym && !tokens.back().possessive &&
                          words_.contains(after_word) && !words::is_function_word(after_word) &&
                          !is_connector(after_word) && !words::is_saying_verb(after_word) &&
                          !words::is_person_verb(after_word) &&
                          !words::is_region_word(after_word) && !after_word.ends_with("ed") &&
                          !words::is_adverb(after_word);
          // "countries like India or South Africa": an example, not a place of the story.
          {
            const auto& b = runs[k].prev_word;
            const bool example =
                b == "like" || (b == "as" && runs[k].prev_word2 == "such") ||
                ((b == "or" || b == "and") && k > 0 &&
                 (runs[k - 1].prev_word == "like" || runs[k - 1].prev_word2 == "such"));
            if (example && i == 0) m.nationality = true;
            // "was born in the United States": a biography, not the story's place.
            if (i == 0 && b == "in" && (runs[k].prev_word2 == "born" || runs[k].prev_word2 == "up"))
              m.nationality = true;
          }
          // "in Leeds", "in London and Paris", "London's Abbey Road".
          // Preceded in its run only by compass words, connectors and other places ("in
          // Amsterdam and Sydney").
          bool run_start = true;
          for (std::size_t j = 0; j < i; ++j)
            run_start = run_start && (words::is_direction_word(tokens[j].text) ||
                                      is_connector(tokens[j].text) || used[j]);
          const auto& before = runs[k].prev_word;
          // In a sports report "at Birmingham", "to Burnley" are clubs; "in Cardiff" is still
          // the town.
          auto locative = [&](std::string_view w) {
            return sports ? words::is_strong_locative(w) : words::is_locative(w);
          };
          // "in London, Amsterdam and Sydney": a list after a location.
          const bool listed = k > 0 && runs[k - 1].last + 1 == runs[k].first &&
                              runs[k - 1].tokens.back().comma_after && !run_locative.empty() &&
                              run_locative.back();
          m.locative =
              run_start &&
              (locative(before) || listed ||
               (before == "of" && words::is_relative_location(runs[k].prev_word2)) ||
               ((before == "and" || before == "or") && k > 0 && locative(runs[k - 1].prev_word)));
          // "London's Abbey Road", "Kyiv's air force" (in a sports report, the club's).
          if (ends_run && tokens.back().possessive && !sports && !m.club) m.locative = true;
          if (based) {  // the firm after it is not a longer name of the place
            m.based = true;
            m.locative = true;
            m.attributive = false;
            m.inside_name = false;
          }
          // A common word ("March", "Reading") or capitals (a ticker) is a town only with more
          // evidence.
          m.weak_town =
              !is_country &&
              ((len == 1 && (words_.contains(surface) || words::is_calendar_word(surface))) ||
               !has_lower(surface));
          for (std::size_t j = i; j < i + len; ++j) used[j] = true;
          // A town name before a country name makes a person's or a firm's name ("Michael
          // Jordan": Michael is a parish of the Isle of Man); a country or demonym does not.
          unknown_before = !is_country;
          run_out.push_back(std::move(m));
          i += len;
          matched = true;
        }
        if (!matched) {
          unknown_before = true;
          ++i;
        }
      }
      // "Saint-Galmier, France": a town too small for the gazetteer, placed by its country.
      if (run_out.empty() && n <= 3 && tokens.back().comma_after && next_adjacent &&
          !people_here.contains(tokens.back().text) &&
          std::none_of(tokens.begin(), tokens.end(), [&](const Token& t) {
            return words_.contains(t.text) || words::is_function_word(t.text) ||
                   words::is_title(t.text) || !has_lower(t.text);
          })) {
        Mention m;
        m.surface = join(tokens, 0, n);
        m.qualifier = join(runs[k + 1].tokens, 0, runs[k + 1].tokens.size());
        m.unlisted = true;
        m.in_title = in_title;
        m.offset = tokens[0].offset;
        m.sentence = tokens[0].sentence;
        out.push_back(std::move(m));
        run_locative.push_back(false);
        continue;
      }
      run_locative.push_back(
          std::any_of(run_out.begin(), run_out.end(), [](const Mention& m) { return m.locative; }));
      // A town is on its own when every other token of the run is neutral.
      bool others_neutral = true;
      for (std::size_t i = 0; i < n; ++i)
        if (!used[i] && !neutral(i)) others_neutral = false;
      // "Amsterdam and Sydney": places joined only by "and"/"or" are each on their own.
      bool listed_places = true;
      for (std::size_t i = 0; i + 1 < n; ++i)
        if (used[i] && used[i + 1]) listed_places = false;
      for (auto& m : run_out) {
        if (!(others_neutral && (run_out.size() == 1 || listed_places)) && m.country.empty() &&
            !m.based) {
          if (!gazetteer_.any_country(m.entries) && m.qualifier.empty() && !m.region_word)
            m.weak_town = true;
        }
        out.push_back(std::move(m));
      }
    }
  }
  return out;
}

}  // namespace dateline
