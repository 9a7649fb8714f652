#include "document_builder.h"

#include <fmt/format.h>

#include "dates.h"
#include "document_data.h"
#include "language.h"
#include "schema.h"
#include "text.h"

namespace dateline {

namespace {

void add_line(std::string& value, std::string_view id, std::string_view name) {
  if (value.find(std::string(id) + '\t') == 0 || value.find('\n' + std::string(id) + '\t') != std::string::npos)
    return;
  value += id;
  value += '\t';
  value += name;
  value += '\n';
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

// Each place counts under its region and country too: `place:ukraine` finds a Kyiv dateline.
// Wire stories are republished and corrected all day: a later copy changes a figure or adds
// a paragraph, but keeps the lead. The key is the lead's first 40 words with digits left out,
// hashed; articles sharing it are collapsed into one hit (searcher.cc).
std::string similarity_key(const Article& a) {
  constexpr std::size_t lead_words = 40;
  std::string words;
  std::size_t n = 0;
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    words += word;
    words += ' ';
    word.clear();
    ++n;
  };
  for (char c : a.body.empty() ? a.title : a.body) {
    if (n >= lead_words) break;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80) {
      word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    } else if (!(c >= '0' && c <= '9')) {
      flush();
    }
  }
  flush();
  if (n < 8) return {};  // too short to tell a copy from a coincidence
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : words) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  return fmt::format("{:016x}", h);
}

void add_place_terms(Xapian::Document& doc, const std::vector<Place>& places) {
  std::string place_value;
  std::string country_value;
  for (const auto& p : places) {
    doc.add_boolean_term(make_term(schema::prefix::place, p.id));
    if (p.role == PlaceRole::dateline) doc.add_boolean_term(make_term(schema::prefix::dateline_place, p.id));
    if (!p.region.empty()) doc.add_boolean_term(make_term(schema::prefix::place, p.region));
    if (!p.country.empty()) {
      const std::string cc = lower(p.country);
      doc.add_boolean_term(make_term(schema::prefix::place, cc));
      doc.add_boolean_term(make_term(schema::prefix::country, cc));
      add_line(country_value, cc, p.country_name.empty() ? p.country : p.country_name);
    }
    if (p.kind != "country") add_line(place_value, p.id, p.name);
  }
  if (!place_value.empty()) doc.add_value(schema::slot::places, place_value);
  if (!country_value.empty()) doc.add_value(schema::slot::countries, country_value);
}

}  // namespace

DocumentBuilder::DocumentBuilder(const PlaceResolver& resolver, std::string default_language)
    : resolver_(resolver), default_language_(std::move(default_language)) {}

Xapian::TermGenerator& DocumentBuilder::generator_for(const std::string& language) {
  auto it = generators_.find(language);
  if (it != generators_.end()) return it->second;
  Xapian::TermGenerator tg;
  if (spelling_db_ != nullptr) {
    // Spelling data comes from unprefixed text only (Xapian's rule), which is what readers type.
    tg.set_database(*spelling_db_);
    tg.set_flags(Xapian::TermGenerator::FLAG_SPELLING);
  }
  if (auto stem = make_stemmer(language)) {
    tg.set_stemmer(*stem);
    tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  } else {
    tg.set_stemming_strategy(Xapian::TermGenerator::STEM_NONE);
  }
  return generators_.emplace(language, std::move(tg)).first->second;
}

BuiltDocument DocumentBuilder::build(const Article& article) {
  std::string language = language_code(article.language);
  if (language.empty()) language = language_code(default_language_);

  Xapian::Document doc;
  Xapian::TermGenerator& tg = generator_for(language);
  tg.set_document(doc);
  tg.set_termpos(0);

  // Title: fielded (S) and general, weighted above the body.
  tg.index_text(article.title, schema::title_wdf, std::string(schema::prefix::title));
  tg.index_text(article.title, schema::title_wdf);
  tg.increase_termpos(100);  // no phrase across a field boundary
  if (!article.dateline.empty()) {
    tg.index_text(article.dateline);
    tg.increase_termpos(100);
  }
  tg.index_text(article.body);
  if (!article.byline.empty()) {
    tg.increase_termpos(100);
    tg.index_text(article.byline, 1, std::string(schema::prefix::author));
  }

  const std::string id_term = make_term(schema::prefix::id, article.id);
  doc.add_boolean_term(id_term);
  if (!article.source_path.empty()) doc.add_boolean_term(make_term(schema::prefix::source_file, article.source_path));
  if (!language.empty()) doc.add_boolean_term(make_term(schema::prefix::language, language));
  if (!article.source.empty()) doc.add_boolean_term(make_term(schema::prefix::source, slug(article.source)));
  for (const auto& topic : article.topics) {
    const std::string t = slug(topic);
    if (!t.empty()) doc.add_boolean_term(make_term(schema::prefix::topic, t));
  }

  if (const std::string key = similarity_key(article); !key.empty()) doc.add_value(schema::slot::similarity, key);

  const std::vector<Place> places = resolver_.resolve(article);
  add_place_terms(doc, places);

  if (article.date) {
    const std::int32_t day = days_of(article.date->unix_seconds);
    doc.add_value(schema::slot::day, yyyymmdd(day));
    doc.add_value(schema::slot::timestamp,
                  Xapian::sortable_serialise(static_cast<double>(article.date->unix_seconds)));
    doc.add_boolean_term(make_term(schema::prefix::year, yyyy(day)));
    doc.add_boolean_term(make_term(schema::prefix::month, yyyymm(day)));
    doc.add_boolean_term(make_term(schema::prefix::day, yyyymmdd(day)));
  } else {
    doc.add_boolean_term(std::string(schema::prefix::date_unknown));
  }

  StoredDocument stored;
  stored.id = article.id;
  stored.title = article.title;
  stored.text = article.body;
  stored.date = article.date;
  stored.places = places;
  stored.topics = article.topics;
  stored.source = article.source;
  stored.byline = article.byline;
  stored.url = article.url;
  stored.language = language;
  stored.origin = article.origin;
  doc.set_data(serialise_document_data(stored));
  return {std::move(doc), id_term, places};
}

}  // namespace dateline
