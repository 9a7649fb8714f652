#include "document_builder.h"

#include "dates.h"
#include "document_data.h"
#include "language.h"
#include "schema.h"
#include "text.h"

namespace dateline {

DocumentBuilder::DocumentBuilder(const PlaceResolver& resolver, std::string default_language)
    : resolver_(resolver), default_language_(std::move(default_language)) {}

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
  if (!language.empty()) doc.add_boolean_term(make_term(schema::prefix::language, language));
  if (!article.source.empty()) doc.add_boolean_term(make_term(schema::prefix::source, slug(article.source)));
  for (const auto& topic : article.topics) {
    const std::string t = slug(topic);
    if (!t.empty()) doc.add_boolean_term(make_term(schema::prefix::topic, t));
  }

  const std::vector<Place> places = resolver_.resolve(article);
  std::string place_value;
  for (const auto& p : places) {
    doc.add_boolean_term(make_term(schema::prefix::place, p.id));
    if (p.role == PlaceRole::dateline) doc.add_boolean_term(make_term(schema::prefix::dateline_place, p.id));
    place_value += p.id;
    place_value += '\t';
    place_value += p.name;
    place_value += '\n';
  }
  if (!place_value.empty()) doc.add_value(schema::slot::places, place_value);

  if (article.date) {
    const std::int32_t day = days_of(article.date->unix_seconds);
    doc.add_value(schema::slot::day, yyyymmdd(day));
    doc.add_value(schema::slot::month, yyyymm(day));
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
  return {std::move(doc), id_term};
}

}  // namespace dateline
