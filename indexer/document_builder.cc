#include "document_builder.h"

#include <fmt/format.h>

#include "dates.h"
#include "document_data.h"
#include "language.h"
#include "schema.h"
#include "text.h"

namespace dateline {

namespace {

// Positions skipped between fields, so that no phrase matches across a field boundary.
constexpr Xapian::termpos field_gap = 100;

void add_line(std::string& value, std::string_view id, std::string_view name) {
  if (value.find(std::string(id) + '\t') == 0 ||
      value.find('\n' + std::string(id) + '\t') != std::string::npos)
    return;
  value += id;
  value += '\t';
  value += name;
  value += '\n';
}

// Each place counts under its region and country too: `place:ukraine` finds a Kyiv dateline.
void add_place_terms(Xapian::Document& doc, const std::vector<Place>& places) {
  std::string place_value;
  std::string country_value;
  for (const auto& p : places) {
    doc.add_boolean_term(make_term(schema::prefix::place, p.id));
    if (p.role == PlaceRole::dateline)
      doc.add_boolean_term(make_term(schema::prefix::dateline_place, p.id));
    if (!p.region.empty()) doc.add_boolean_term(make_term(schema::prefix::place, p.region));
    if (!p.country.empty()) {
      const std::string cc = ascii_lower(p.country);
      doc.add_boolean_term(make_term(schema::prefix::place, cc));
      doc.add_boolean_term(make_term(schema::prefix::country, cc));
      add_line(country_value, cc, p.country_name.empty() ? p.country : p.country_name);
    }
    if (p.kind != "country") add_line(place_value, p.id, p.name);
  }
  if (!place_value.empty()) doc.add_value(schema::slot::places, place_value);
  if (!country_value.empty()) doc.add_value(schema::slot::countries, country_value);
}

void add_date_terms(Xapian::Document& doc, const std::optional<ArticleDate>& date) {
  if (!date) {
    doc.add_boolean_term(std::string(schema::prefix::date_unknown));
    return;
  }
  const std::int32_t day = days_of(date->unix_seconds);
  doc.add_value(schema::slot::day, yyyymmdd(day));
  doc.add_value(schema::slot::timestamp,
                Xapian::sortable_serialise(static_cast<double>(date->unix_seconds)));
  doc.add_boolean_term(make_term(schema::prefix::year, yyyy(day)));
  doc.add_boolean_term(make_term(schema::prefix::month, yyyymm(day)));
  doc.add_boolean_term(make_term(schema::prefix::day, yyyymmdd(day)));
}

// Terms without a prefix are the words of the text as TermGenerator wrote them: lower case, so
// never starting with a prefix's capital letter. The stems (Z-prefixed) carry no positions.
std::vector<std::pair<std::string, Xapian::termcount>> spelling_words(const Xapian::Document& doc) {
  std::vector<std::pair<std::string, Xapian::termcount>> out;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    std::string term = *it;
    if (term.empty() || (term[0] >= 'A' && term[0] <= 'Z')) continue;
    const Xapian::termcount occurrences = it.positionlist_count();
    if (occurrences > 0) out.emplace_back(std::move(term), occurrences);
  }
  return out;
}

}  // namespace

Xapian::TermGenerator& DocumentBuilder::generator_for(const std::string& language) {
  auto it = generators_.find(language);
  if (it != generators_.end()) return it->second;
  Xapian::TermGenerator tg;
  if (auto stem = make_stemmer(language)) {
    tg.set_stemmer(*stem);
    tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  } else {
    tg.set_stemming_strategy(Xapian::TermGenerator::STEM_NONE);
  }
  return generators_.emplace(language, std::move(tg)).first->second;
}

BuiltDocument DocumentBuilder::build(const AnalysedArticle& analysed) {
  const Article& article = analysed.article;
  const std::string& language = analysed.language;

  Xapian::Document doc;
  Xapian::TermGenerator& tg = generator_for(language);
  tg.set_document(doc);
  tg.set_termpos(0);

  // Title: fielded (S) and general, weighted above the body.
  tg.index_text(article.title, schema::title_wdf, std::string(schema::prefix::title));
  tg.index_text(article.title, schema::title_wdf);
  tg.increase_termpos(field_gap);
  if (!article.dateline.empty()) {
    tg.index_text(article.dateline);
    tg.increase_termpos(field_gap);
  }
  tg.index_text(article.body);
  if (!article.byline.empty()) {
    tg.increase_termpos(field_gap);
    tg.index_text(article.byline, 1, std::string(schema::prefix::author));
  }

  const std::string id_term = make_term(schema::prefix::id, article.id);
  doc.add_boolean_term(id_term);
  if (!article.source_path.empty())
    doc.add_boolean_term(make_term(schema::prefix::source_file, article.source_path));
  if (!language.empty()) doc.add_boolean_term(make_term(schema::prefix::language, language));
  if (!article.source.empty())
    doc.add_boolean_term(make_term(schema::prefix::source, slug(article.source)));
  for (const auto& topic : article.topics) {
    const std::string t = slug(topic);
    if (!t.empty()) doc.add_boolean_term(make_term(schema::prefix::topic, t));
  }

  if (!analysed.similarity_key.empty())
    doc.add_value(schema::slot::similarity, analysed.similarity_key);
  add_place_terms(doc, analysed.places);
  add_date_terms(doc, article.date);

  StoredDocument stored;
  stored.id = article.id;
  stored.title = article.title;
  stored.text = article.body;
  stored.date = article.date;
  stored.places = analysed.places;
  stored.topics = article.topics;
  stored.source = article.source;
  stored.byline = article.byline;
  stored.url = article.url;
  stored.language = language;
  stored.origin = article.origin;
  std::string data = serialise_document_data(stored);
  const std::size_t data_bytes = data.size();
  doc.set_data(std::move(data));
  tg.set_document(Xapian::Document());  // the generator keeps no reference to `doc`
  auto spelling = spelling_words(doc);
  return {std::move(doc), id_term, data_bytes, std::move(spelling)};
}

}  // namespace dateline
