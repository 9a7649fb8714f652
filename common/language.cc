#include "language.h"

#include <libstemmer.h>

#include <array>
#include <memory>

#include "fold.h"
#include "text.h"

namespace dateline {

namespace {

struct Language {
  std::string_view code;
  std::string_view snowball;
  bool libstemmer_only;
};

constexpr std::array<Language, 30> languages{{
    {"ar", "arabic", false},     {"hy", "armenian", false},  {"eu", "basque", false},
    {"ca", "catalan", false},    {"da", "danish", false},    {"nl", "dutch", false},
    {"en", "english", false},    {"fi", "finnish", false},   {"fr", "french", false},
    {"de", "german", false},     {"hu", "hungarian", false}, {"id", "indonesian", false},
    {"ga", "irish", false},      {"it", "italian", false},   {"lt", "lithuanian", false},
    {"ne", "nepali", false},     {"no", "norwegian", false}, {"nb", "norwegian", false},
    {"pt", "portuguese", false}, {"ro", "romanian", false},  {"ru", "russian", false},
    {"es", "spanish", false},    {"sv", "swedish", false},   {"ta", "tamil", false},
    {"tr", "turkish", false},    {"el", "greek", true},      {"hi", "hindi", true},
    {"sr", "serbian", true},     {"yi", "yiddish", true},    {"nn", "norwegian", false},
}};

const Language* find_language(std::string_view language) {
  const std::string key = slug(language);
  for (const auto& l : languages)
    if (key == l.code || key == l.snowball) return &l;
  return nullptr;
}

// Snowball through libstemmer, for the languages Xapian does not bundle.
class LibstemmerImplementation final : public Xapian::StemImplementation {
 public:
  explicit LibstemmerImplementation(std::string_view name)
      : name_(name), stemmer_(sb_stemmer_new(name_.c_str(), "UTF_8"), &sb_stemmer_delete) {}
  bool ok() const { return stemmer_ != nullptr; }
  std::string operator()(const std::string& word) override {
    const auto* s = sb_stemmer_stem(stemmer_.get(), reinterpret_cast<const sb_symbol*>(word.data()),
                                    static_cast<int>(word.size()));
    if (s == nullptr) return word;  // out of memory: unstemmed is still correct, only coarser
    return std::string(reinterpret_cast<const char*>(s),
                       static_cast<std::size_t>(sb_stemmer_length(stemmer_.get())));
  }
  std::string get_description() const override { return "libstemmer:" + name_; }

 private:
  std::string name_;
  std::unique_ptr<sb_stemmer, void (*)(sb_stemmer*)> stemmer_;
};

// Diacritics folded (fold.h), then the language's stemmer: the Z terms the index holds and the
// query asks for are accent-insensitive, while the unstemmed terms, which phrases use, keep
// the exact form. Folding first, because a stemmer that knows accents stems the two spellings
// apart (Portuguese: "são" -> "sa", "sao" -> "sao").
class FoldingStem final : public Xapian::StemImplementation {
 public:
  explicit FoldingStem(Xapian::Stem inner) : inner_(std::move(inner)) {}
  std::string operator()(const std::string& word) override { return inner_(fold_diacritics(word)); }
  std::string get_description() const override { return "folded " + inner_.get_description(); }

 private:
  Xapian::Stem inner_;
};

std::optional<Xapian::Stem> snowball_stemmer(const Language& l) {
  if (!l.libstemmer_only) return Xapian::Stem(std::string(l.snowball));
  auto* impl = new LibstemmerImplementation(l.snowball);
  if (!impl->ok()) {
    delete impl;
    return std::nullopt;
  }
  return Xapian::Stem(impl);  // Xapian::Stem takes ownership (intrusive refcount)
}

}  // namespace

std::string language_code(std::string_view language) {
  const Language* l = find_language(language);
  return l ? std::string(l->code) : std::string();
}

std::optional<Xapian::Stem> make_stemmer(std::string_view language) {
  const Language* l = find_language(language);
  if (l == nullptr) return std::nullopt;
  auto inner = snowball_stemmer(*l);
  if (!inner) return std::nullopt;
  return Xapian::Stem(new FoldingStem(std::move(*inner)));
}

}  // namespace dateline
