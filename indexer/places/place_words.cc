#include "places/place_words.h"

#include <algorithm>
#include <array>

#include "text.h"

namespace dateline::place_words {

namespace {

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

}  // namespace

bool is_function_word(std::string_view word) {
  static constexpr std::array<std::string_view, 44> words{
      "a",     "an",        "the",   "in",     "at",     "on",    "for",    "but",    "and",
      "as",    "by",        "from",  "to",     "with",   "after", "before", "when",   "while",
      "if",    "its",       "this",  "that",   "their",  "his",   "her",    "our",    "last",
      "next",  "meanwhile", "now",   "yet",    "so",     "also",  "both",   "since",  "until",
      "under", "over",      "about", "across", "during", "like",  "unlike", "despite"};
  return in(words, ascii_lower(word));
}

bool is_title(std::string_view word) {
  static constexpr std::array<std::string_view, 30> titles{
      "President", "Prime",     "Minister",   "Mr",      "Mrs",        "Ms",
      "Dr",        "Gen",       "General",    "King",    "Queen",      "Governor",
      "Senator",   "Secretary", "Chancellor", "Premier", "Ambassador", "Mayor",
      "Sheikh",    "Prince",    "Foreign",    "Finance", "Trade",      "Deputy",
      "Sir",       "Lord",      "Lady",       "Judge",   "Chairman",   "Coach"};
  return in(titles, word);
}

bool is_role_noun(std::string_view word) {
  static constexpr std::array<std::string_view, 60> roles{
      "striker",    "manager",       "boss",      "midfielder",  "defender",    "keeper",
      "goalkeeper", "coach",         "chairman",  "fans",        "player",      "players",
      "captain",    "winger",        "forward",   "skipper",     "squad",       "supporters",
      "star",       "chief",         "executive", "spokesman",   "spokeswoman", "director",
      "singer",     "actor",         "actress",   "rapper",      "minister",    "president",
      "leader",     "international", "full-back", "centre-back", "prop",        "fly-half",
      "band",       "runner",        "runners",   "athlete",     "athletes",    "boxer",
      "golfer",     "swimmer",       "cyclist",   "driver",      "rider",       "jockey",
      "film-maker", "filmmaker",     "writer",    "author",      "artist",      "musician",
      "producer",   "designer",      "film",      "movie",       "album",       "novelist"};
  return in(roles, word);
}

bool is_club_role(std::string_view word) {
  static constexpr std::array<std::string_view, 22> roles{
      "striker",     "manager",  "boss",    "midfielder", "defender",   "keeper",
      "goalkeeper",  "coach",    "fans",    "player",     "players",    "captain",
      "winger",      "forward",  "skipper", "squad",      "supporters", "full-back",
      "centre-back", "fly-half", "prop",    "scrum-half"};
  return in(roles, word);
}

bool is_saying_verb(std::string_view word) {
  static constexpr std::array<std::string_view, 22> verbs{
      "said",      "says",     "told",      "added",   "argued", "explained",
      "insisted",  "admitted", "warned",    "claimed", "wrote",  "believes",
      "thinks",    "stressed", "denied",    "replied", "agreed", "declined",
      "announced", "revealed", "confirmed", "scored"};
  return in(verbs, word);
}

bool is_geographic_feature(std::string_view word) {
  static constexpr std::array<std::string_view, 13> features{
      "Gulf", "Sea",   "Bay",   "Strait", "Straits", "Cape", "Isle",
      "Lake", "Mount", "River", "Ocean",  "Bight",   "Sound"};
  return in(features, word);
}

bool is_state_head(std::string_view word) {
  static constexpr std::array<std::string_view, 36> heads{
      "Government", "Parliament", "President", "Prime",     "Minister",   "Ministry",
      "Army",       "Navy",       "Police",    "Embassy",   "Foreign",    "Finance",
      "Treasury",   "Senate",     "Congress",  "Cabinet",   "Chancellor", "King",
      "Queen",      "Premier",    "Senator",   "Secretary", "Ambassador", "Defence",
      "Defense",    "Interior",   "Home",      "Trade",     "Economy",    "Industry",
      "Energy",     "Health",     "Central",   "Federal",   "Supreme",    "Court"};
  return in(heads, word);
}

bool is_direction_word(std::string_view word) {
  static constexpr std::array<std::string_view, 16> words{
      "north",   "south",   "east",  "west",  "northern", "southern",   "eastern",    "western",
      "central", "greater", "inner", "outer", "downtown", "north-west", "south-east", "mid"};
  return in(words, ascii_lower(word));
}

bool is_region_word(std::string_view word) {
  return word == "region" || word == "province" || word == "oblast" || word == "state" ||
         word == "county";
}

bool is_locative(std::string_view word) {
  static constexpr std::array<std::string_view, 20> words{
      "in",      "at",       "near",       "from",   "outside", "to",     "into",
      "across",  "around",   "throughout", "via",    "towards", "toward", "visit",
      "visited", "visiting", "inside",     "within", "through", "reached"};
  return in(words, word);
}

bool is_relative_location(std::string_view word) {
  static constexpr std::array<std::string_view, 18> words{
      "north",     "south",     "east",       "west",       "northeast",  "northwest",
      "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
      "outskirts", "suburbs",   "centre",     "center",     "heart",      "edge"};
  return in(words, word);
}

bool is_strong_locative(std::string_view word) {
  return word == "in" || word == "near" || word == "outside" || word == "inside";
}

bool is_sports_word(std::string_view word) {
  static constexpr std::array<std::string_view, 20> words{
      "striker",   "midfielder", "goalkeeper",    "defender",     "winger",
      "full-back", "fly-half",   "Premiership",   "League",       "Cup",
      "fixture",   "semi-final", "quarter-final", "kick-off",     "tries",
      "touchdown", "wicket",     "innings",       "Championship", "scrum-half"};
  return in(words, word);
}

bool is_calendar_word(std::string_view word) {
  static constexpr std::array<std::string_view, 19> words{
      "January",   "February",  "March",   "April",    "May",      "June",   "July",
      "August",    "September", "October", "November", "December", "Monday", "Tuesday",
      "Wednesday", "Thursday",  "Friday",  "Saturday", "Sunday"};
  return in(words, word);
}

bool is_currency(std::string_view word) {
  static constexpr std::array<std::string_view, 14> words{
      "dollar", "dollars", "euro",  "euros",  "pound", "pounds", "peso",
      "pesos",  "yen",     "franc", "francs", "rupee", "yuan",   "currency"};
  return in(words, word);
}

bool is_person_verb(std::string_view word) {
  static constexpr std::array<std::string_view, 16> words{
      "will",  "would", "has",  "had",      "is",   "was",  "won",  "who",
      "could", "can",   "beat", "finished", "took", "said", "says", "added"};
  return in(words, word);
}

bool is_event_word(std::string_view word) {
  static constexpr std::array<std::string_view, 10> words{
      "Open",  "Masters", "Championship", "Championships", "Cup",
      "Games", "Grand",   "Awards",       "Olympics",      "Marathon"};
  return in(words, word);
}

bool is_adverb(std::string_view word) {
  static constexpr std::array<std::string_view, 16> words{
      "earlier", "later", "today", "yesterday", "tomorrow", "tonight", "now",   "again",
      "too",     "also",  "last",  "next",      "soon",     "then",    "there", "instead"};
  return in(words, word) || word.ends_with("ly");
}

bool is_club_suffix(std::string_view word) {
  static constexpr std::array<std::string_view, 12> words{
      "United", "City", "Rovers", "Athletic", "Wanderers", "Albion",
      "County", "Town", "Villa",  "Rangers",  "Hotspur",   "Wednesday"};
  return in(words, word);
}

}  // namespace dateline::place_words
