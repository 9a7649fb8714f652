// The closed word classes mention finding reads context by: what comes before or after a
// capitalised name decides whether it is a place, a person, a club or part of a longer name.
#pragma once

#include <string_view>

namespace dateline::place_words {

// Words that open a sentence without being part of the name after them: "In London".
bool is_function_word(std::string_view word);
// Titles before a person's name: "President", "Mr", "Sir".
bool is_title(std::string_view word);
// Lower-case role nouns before a person's name: "striker Alan Shearer", "singer Madonna".
bool is_role_noun(std::string_view word);
// Lower-case words after a club's name: "Newcastle manager", "Chelsea fans".
bool is_club_role(std::string_view word);
// Verbs after a person's name: "Ken Livingstone said".
bool is_saying_verb(std::string_view word);
// Geographic features whose "of" does not make the country the place: "Gulf of Mexico".
bool is_geographic_feature(std::string_view word);
// Heads after a country or demonym that keep it a place: "US Government", "French President".
bool is_state_head(std::string_view word);
// Compass and size words before a place name: "north London", "Greater Manchester".
bool is_direction_word(std::string_view word);
// "region", "province": "Odesa region" is the oblast.
bool is_region_word(std::string_view word);
// Prepositions and verbs before a location: "in", "near", "outside", "visited".
bool is_locative(std::string_view word);
// Words before "of" that make the name after it a location: "southwest of Kyiv",
// "the outskirts of Paris".
bool is_relative_location(std::string_view word);
// The locatives that still mean a location in a sports report: "in", "near", "outside".
bool is_strong_locative(std::string_view word);
// Words of sports reports: "striker", "Premiership", "League", "Rovers".
bool is_sports_word(std::string_view word);
// Months and days: "in June" is a date, not June, Louisiana.
bool is_calendar_word(std::string_view word);
// Currencies after a country's name: "the US dollar".
bool is_currency(std::string_view word);
// Verbs after "the Moroccan" that make it a person: "will", "has", "won".
bool is_person_verb(std::string_view word);
// Events named after a place: "US Open", "Australian Masters", "Dubai Championship".
bool is_event_word(std::string_view word);
// Adverbs of time and degree after a name: "against Holland earlier", "in France too".
bool is_adverb(std::string_view word);
// Club suffixes: "Newcastle United", "Manchester City".
bool is_club_suffix(std::string_view word);

}  // namespace dateline::place_words
