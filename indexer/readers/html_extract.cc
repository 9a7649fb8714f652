// Main-content extraction. Text blocks (paragraphs, and runs of text between blocks) of 25
// characters or more vote for their parent (a full vote), grandparent (half) and the three
// ancestors above (a sixth, a ninth, a twelfth): the container of the story gathers the votes of
// all its paragraphs, a sidebar box only those of its two blurbs. A container's tally is then cut
// by its link density (menus and "related" lists are mostly links), the best wins, and its
// siblings that read like the story (a continued article split by an advertisement) join it.
// Finally, inside the winner, boxes that look like furniture (mostly links, more images than
// text, form controls, an embed with no text) are removed.
#include "readers/html_extract.h"

#include <algorithm>
#include <array>
#include <memory>
#include <unordered_map>

#include "readers/html_dom.h"
#include "readers/html_text.h"
#include "text.h"

namespace dateline {

namespace detail {

namespace {

bool contains_any(std::string_view haystack, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) {
    return haystack.find(w) != std::string_view::npos;
  });
}

// Words in class names and ids that mark the story's container...
bool says_content(std::string_view hints) {
  return contains_any(hints, {"article", "content", "story", "body", "main", "entry", "post",
                              "text", "column", "prose", "hentry", "blog"});
}

// The few of them that keep an element whose name also says furniture ("article-comments-count"
// no, "main-with-sidebar" yes): not "post" or "entry", which furniture names hold as often
// ("jp-relatedposts", "like-post-wrapper").
bool says_container(std::string_view hints) {
  return contains_any(hints, {"article", "content", "story", "body", "main", "column"});
}

// "ad", "ads": advertisements by their own short name, which longer words contain by chance
// ("head", "shadow", "download").
bool has_ad_token(std::string_view hints) {
  std::size_t i = 0;
  while (i < hints.size()) {
    const auto end = hints.find_first_of(" -_", i);
    const std::string_view token = hints.substr(i, end == std::string_view::npos ? end : end - i);
    if (token == "ad" || token == "ads" || token == "adv" || token == "advertisement" ||
        token == "dfp")
      return true;
    if (end == std::string_view::npos) break;
    i = end + 1;
  }
  return false;
}

// ... and those that mark furniture, matched inside longer names ("comment-list", "shareBar"):
// so plainly that the element is set aside unless a container word saves it...
bool says_strong_furniture(std::string_view hints) {
  return has_ad_token(hints) ||
         contains_any(hints,
                      {"comment",    "share",    "sharing", "social",   "related",    "promo",
                       "sidebar",    "cookie",   "consent", "gdpr",     "banner",     "breadcrumb",
                       "pagination", "pager",    "popup",   "modal",    "newsletter", "subscribe",
                       "signup",     "sponsor",  "advert",  "outbrain", "taboola",    "disqus",
                       "recommend",  "trending", "footer",  "masthead", "menu",       "navbar",
                       "skyscraper", "combx",    "remark",  "replies",  "community",  "agegate",
                       "rss",        "login"});
}

// ... or only enough to weigh against it ("entry-meta", "article-header" may hold the story).
bool says_furniture(std::string_view hints) {
  return says_strong_furniture(hints) ||
         contains_any(hints, {"popular", "widget", "toolbar", "byline", "author", "meta", "tags",
                              "header", "hidden", "print", "foot"});
}

std::string hints_of(const xmlNode* node, const char* attr) {
  return ascii_lower(attribute(node, attr));
}

// A byline names people: longer, the element is a paragraph that mentions an author.
constexpr std::size_t max_byline_bytes = 120;

}  // namespace

int class_weight(const xmlNode* node) {
  int weight = 0;
  for (const char* attr : {"class", "id"}) {
    const std::string hints = hints_of(node, attr);
    if (hints.empty()) continue;
    if (says_content(hints)) weight += 25;
    if (says_furniture(hints)) weight -= 25;
  }
  // schema.org's own word for the story's text.
  const std::string itemprop = ascii_lower(attribute(node, "itemprop"));
  if (itemprop == "articlebody" || ascii_lower(attribute(node, "property")) == "articlebody")
    weight += 25;
  return weight;
}

bool is_hidden(const xmlNode* node) {
  if (is_html_hidden(node)) return true;
  if (has_attribute(node, "hidden") || ascii_lower(attribute(node, "aria-hidden")) == "true")
    return true;
  std::string style = ascii_lower(attribute(node, "style"));
  std::erase(style, ' ');
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

bool is_furniture_element(const xmlNode* node) {
  static constexpr std::array<std::string_view, 9> furniture_tags{
      "nav", "aside", "footer", "button", "input", "select", "textarea", "dialog", "menu"};
  const std::string_view name = element_name(node);
  if (std::find(furniture_tags.begin(), furniture_tags.end(), name) != furniture_tags.end())
    return true;
  if (is_hidden(node)) return true;
  static constexpr std::array<std::string_view, 9> furniture_roles{
      "navigation",  "menu",   "menubar",     "complementary", "dialog",
      "alertdialog", "banner", "contentinfo", "search"};
  const std::string role = ascii_lower(attribute(node, "role"));
  return std::find(furniture_roles.begin(), furniture_roles.end(), role) != furniture_roles.end();
}

bool is_furniture(const xmlNode* node) {
  if (is_furniture_element(node)) return true;
  const std::string_view name = element_name(node);
  if (name == "html" || name == "body" || name == "article" || name == "main" || name == "a")
    return false;
  const std::string hints = hints_of(node, "class") + " " + hints_of(node, "id");
  if (says_strong_furniture(hints) && !says_container(hints)) return true;
  // A byline is metadata (read before extraction), not the story's first paragraph.
  const std::string rel_prop =
      ascii_lower(attribute(node, "rel") + " " + attribute(node, "itemprop"));
  return (contains_any(hints, {"byline", "author"}) || contains_any(rel_prop, {"author"})) &&
         squeeze_spaces(raw_text(node)).size() <= max_byline_bytes;
}

}  // namespace detail

namespace {

using detail::attribute;
using detail::element_name;

// Characters (code points, whitespace not counted), link characters and commas of a subtree.
struct Tally {
  std::size_t chars = 0;
  std::size_t link_chars = 0;
  std::size_t commas = 0;
};

void count_text(std::string_view text, Tally& t) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || (b >= 0x80 && b < 0xC0)) continue;
    ++t.chars;
    // ",", and the full-width and ideographic commas of Chinese and Japanese.
    if (b == ',' || text.compare(i, 3, "\uFF0C") == 0 || text.compare(i, 3, "\u3001") == 0)
      ++t.commas;
  }
}

bool is_link(const xmlNode* node) {
  return element_name(node) == "a" && !attribute(node, "href").empty();
}

class Tallies {
 public:
  const Tally& of(const xmlNode* node) {
    if (auto it = memo_.find(node); it != memo_.end()) return it->second;
    Tally t;
    for (const xmlNode* c = node->children; c; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        if (c->content) count_text(reinterpret_cast<const char*>(c->content), t);
      } else if (c->type == XML_ELEMENT_NODE && !detail::is_html_hidden(c)) {
        const Tally& ct = of(c);
        t.chars += ct.chars;
        t.commas += ct.commas;
        t.link_chars += is_link(c) ? ct.chars : ct.link_chars;
      }
    }
    return memo_[node] = t;
  }
  double link_density(const xmlNode* node) {
    const Tally& t = of(node);
    if (is_link(node)) return 1;
    return t.chars == 0 ? 0 : static_cast<double>(t.link_chars) / static_cast<double>(t.chars);
  }
  void clear() { memo_.clear(); }

 private:
  std::unordered_map<const xmlNode*, Tally> memo_;
};

void remove_node(xmlNode* node) {
  xmlUnlinkNode(node);
  xmlFreeNode(node);
}

// Removes furniture from the tree below `node`.
void prune(xmlNode* node, bool by_class) {
  for (xmlNode* c = node->children; c;) {
    xmlNode* next = c->next;
    if (c->type == XML_COMMENT_NODE) {
      remove_node(c);
    } else if (c->type == XML_ELEMENT_NODE) {
      // Without the class rule: only what the markup itself says is not the story.
      const bool furniture = by_class ? detail::is_furniture(c) : detail::is_furniture_element(c);
      if (furniture) {
        remove_node(c);
      } else {
        prune(c, by_class);
      }
    }
    c = next;
  }
}

// Paragraph-like: a leaf of the block structure whose text is prose.
bool scores_as_paragraph(const xmlNode* node) {
  static constexpr std::array<std::string_view, 9> tags{
      "p", "pre", "td", "div", "section", "article", "main", "blockquote", "font"};
  return std::find(tags.begin(), tags.end(), element_name(node)) != tags.end();
}

bool has_block_child(const xmlNode* node) {
  for (const xmlNode* c = node->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && (detail::is_html_block(c) || has_block_child(c)))
      return true;
  return false;
}

// A container's own worth before any paragraph votes for it.
double tag_score(const xmlNode* node) {
  const std::string_view n = element_name(node);
  if (n == "div" || n == "article") return 5;
  if (n == "pre" || n == "td" || n == "blockquote") return 3;
  if (n == "address" || n == "ol" || n == "ul" || n == "dl" || n == "dd" || n == "dt" ||
      n == "li" || n == "form")
    return -3;
  if (n == "th" || (n.size() == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6')) return -5;
  return 0;
}

// Shorter than this, a block is a caption, a label or a button, not a paragraph.
constexpr std::size_t min_paragraph_chars = 25;
// How many ancestors a paragraph votes for.
constexpr int vote_levels = 5;

class Extractor {
 public:
  Extractor(xmlNode* body, bool weigh_classes, bool clean)
      : body_(body), weigh_classes_(weigh_classes), clean_(clean) {}

  std::vector<xmlNode*> run() {
    vote(body_);
    xmlNode* top = best_candidate();
    if (!top) return {body_};
    top = widen(top);
    std::vector<xmlNode*> chosen = with_siblings(top);
    if (clean_)
      for (xmlNode* n : chosen) clean_inside(n);
    return chosen;
  }

 private:
  double& score_of(xmlNode* node) {
    auto [it, inserted] = scores_.try_emplace(node, 0.0);
    if (inserted) {
      it->second = tag_score(node) + (weigh_classes_ ? detail::class_weight(node) : 0);
      candidates_.push_back(node);
    }
    return it->second;
  }

  void add_vote(xmlNode* parent, const Tally& t) {
    if (t.chars < min_paragraph_chars) return;
    const double vote =
        1.0 + static_cast<double>(t.commas) + std::min(static_cast<double>(t.chars / 100), 3.0);
    int level = 0;
    for (xmlNode* a = parent; a && a->type == XML_ELEMENT_NODE && level < vote_levels;
         a = a->parent, ++level) {
      if (element_name(a) == "html") break;
      const double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      score_of(a) += vote / divider;
    }
  }

  void vote(xmlNode* node) {
    // Runs of inline content between the blocks of a container are paragraphs of their own
    // (`<div>text<br>text<div>box</div>text</div>`, as old pages and CMS output write them).
    Tally run;
    for (xmlNode* c = node->children; c; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        if (c->content) count_text(reinterpret_cast<const char*>(c->content), run);
        continue;
      }
      if (c->type != XML_ELEMENT_NODE) continue;
      const bool block = detail::is_html_block(c) || has_block_child(c);
      if (!block) {
        const Tally& t = tallies_.of(c);
        run.chars += t.chars;
        run.commas += t.commas;
        continue;
      }
      if (element_name(c) == "br") continue;  // a line break inside a run of text
      add_vote(node, run);
      run = {};
      if (scores_as_paragraph(c) && !has_block_child(c)) {
        add_vote(node, tallies_.of(c));
      } else {
        vote(c);
      }
    }
    add_vote(node, run);
  }

  double final_score(xmlNode* node) {
    auto it = scores_.find(node);
    if (it == scores_.end()) return 0;
    return it->second * (1 - tallies_.link_density(node));
  }

  xmlNode* best_candidate() {
    // In the order the votes reached them: ties go to the same container on every run.
    xmlNode* best = nullptr;
    double best_score = 0;
    for (xmlNode* node : candidates_) {
      const double s = final_score(node);
      if (!best || s > best_score) {
        best = node;
        best_score = s;
      }
    }
    return best;
  }

  static bool contains(const xmlNode* ancestor, const xmlNode* node) {
    for (; node; node = node->parent)
      if (node == ancestor) return true;
    return false;
  }

  // The story's paragraphs may be split among several containers of about the same score (a
  // page that wraps every few paragraphs in a box): the nearest ancestor holding the top and
  // two such rivals is the top.
  xmlNode* widen(xmlNode* top) {
    const double top_score = final_score(top);
    std::vector<xmlNode*> rivals;
    for (xmlNode* node : candidates_) {
      if (node == top || contains(node, top) || contains(top, node)) continue;
      if (final_score(node) >= 0.75 * top_score) rivals.push_back(node);
    }
    if (rivals.size() >= 2) {
      for (xmlNode* a = top->parent; a && a != body_; a = a->parent) {
        const auto inside =
            std::count_if(rivals.begin(), rivals.end(), [&](xmlNode* r) { return contains(a, r); });
        if (inside >= 2) {
          top = a;
          break;
        }
      }
    }
    // A parent that scores better than its child holds more of the story.
    double last = final_score(top);
    const double floor = last / 3;
    for (xmlNode* p = top->parent; p && p != body_ && p->type == XML_ELEMENT_NODE; p = p->parent) {
      if (!scores_.count(p)) continue;
      const double s = final_score(p);
      if (s < floor) break;
      if (s > last) {
        top = p;
        break;
      }
      last = s;
    }
    // A lone child says nothing its parent does not.
    while (top->parent && top->parent != body_ && top->parent->type == XML_ELEMENT_NODE &&
           xmlChildElementCount(top->parent) == 1)
      top = top->parent;
    return top;
  }

  bool reads_like_prose(xmlNode* node) {
    if (element_name(node) != "p") return false;
    const Tally& t = tallies_.of(node);
    const double density = tallies_.link_density(node);
    if (t.chars > 80) return density < 0.25;
    const std::string text = squeeze_spaces(detail::raw_text(node));
    return t.chars > 0 && density == 0 &&
           (text.ends_with(".") || text.find(". ") != std::string::npos);
  }

  std::vector<xmlNode*> with_siblings(xmlNode* top) {
    xmlNode* parent = top->parent;
    if (!parent || top == body_) return {top};
    const double top_score = final_score(top);
    const double threshold = std::max(10.0, top_score * 0.2);
    const std::string top_class = attribute(top, "class");
    std::vector<xmlNode*> out;
    for (xmlNode* s = parent->children; s; s = s->next) {
      if (s->type != XML_ELEMENT_NODE) continue;
      if (s == top) {
        out.push_back(s);
        continue;
      }
      double bonus = 0;
      if (!top_class.empty() && attribute(s, "class") == top_class) bonus = top_score * 0.2;
      if ((scores_.count(s) && final_score(s) + bonus >= threshold) || reads_like_prose(s))
        out.push_back(s);
    }
    return out;
  }

  // Inside the chosen content: boxes that are furniture by their shape.
  bool looks_like_furniture_box(xmlNode* node) {
    const std::string_view name = element_name(node);
    const int weight = weigh_classes_ ? detail::class_weight(node) : 0;
    const bool is_list = name == "ul" || name == "ol" || name == "dl";
    // A list's tally starts below zero (lists are more often menus than prose) and its items
    // are short: its words, not its score, decide.
    const double score = scores_.count(node) && !is_list ? scores_[node] : 0;
    if (weight + score < 0) return true;
    const Tally& t = tallies_.of(node);
    if (t.commas >= 10) return false;
    std::size_t paragraphs = 0, images = 0, inputs = 0, embeds = 0;
    detail::for_each_element(node, [&](const xmlNode* n) {
      const std::string_view nn = element_name(n);
      if (nn == "p") ++paragraphs;
      if (nn == "img") ++images;
      if (nn == "input") ++inputs;
      if (nn == "embed" || nn == "object" || nn == "iframe") ++embeds;
      return true;
    });
    const double density = tallies_.link_density(node);
    const bool figure = name == "figure" || name == "picture";
    if (images > 1 && static_cast<double>(paragraphs) / static_cast<double>(images) < 0.5 &&
        !figure)
      return true;
    if (inputs > paragraphs / 3) return true;
    if (!is_list && !figure && t.chars < min_paragraph_chars && (images == 0 || images > 2) &&
        density > 0)
      return true;
    if (!is_list && weight < 25 && density > 0.2) return true;
    if (weight >= 25 && density > 0.5) return true;
    if ((embeds == 1 && t.chars < 75) || embeds > 1) return true;
    return false;
  }

  void clean_inside(xmlNode* node) {
    static constexpr std::array<std::string_view, 11> boxes{"form",  "fieldset", "table", "ul",
                                                            "ol",    "dl",       "div",   "section",
                                                            "aside", "header",   "footer"};
    for (xmlNode* c = node->children; c;) {
      xmlNode* next = c->next;
      if (c->type == XML_ELEMENT_NODE) {
        clean_inside(c);  // innermost first: a box's verdict is on what is left in it
        if (std::find(boxes.begin(), boxes.end(), element_name(c)) != boxes.end()) {
          tallies_.clear();
          if (looks_like_furniture_box(c)) remove_node(c);
        }
      }
      c = next;
    }
  }

  xmlNode* body_;
  bool weigh_classes_;
  bool clean_;
  Tallies tallies_;
  std::unordered_map<xmlNode*, double> scores_;
  std::vector<xmlNode*> candidates_;  // the keys of scores_, in the order they were scored
};

xmlNode* body_of(xmlDoc* doc) {
  xmlNode* root = xmlDocGetRootElement(doc);
  if (!root) return nullptr;
  for (xmlNode* c = root->children; c; c = c->next)
    if (detail::is_element(c, "body")) return c;
  return root;
}

// Pages repeat their headline above the story: it is the title, not the text. The heading may
// be the title without the site's name ("Headline" under "Headline_News_Site"), or more of it.
void drop_title_heading(std::string& text, std::string_view title) {
  const std::string t = squeeze_spaces(title);
  if (t.empty()) return;
  const auto end = text.find("\n\n");
  const std::string_view first = std::string_view(text).substr(0, end);
  const bool same = first == t || (t.starts_with(first) && first.size() * 2 >= t.size()) ||
                    (first.starts_with(t) && t.size() * 2 >= first.size());
  if (same) text.erase(0, end == std::string::npos ? text.size() : end + 2);
}

MainContent attempt(const xmlDoc* original, bool by_class, bool clean) {
  const std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
      xmlCopyDoc(const_cast<xmlDoc*>(original), 1), &xmlFreeDoc);
  xmlNode* body = doc ? body_of(doc.get()) : nullptr;
  if (!body) return {};
  prune(body, by_class);
  Extractor extractor(body, by_class, clean);
  const std::vector<xmlNode*> chosen = extractor.run();
  MainContent m;
  for (xmlNode* n : chosen) {
    std::string t = detail::node_text(n);
    if (t.empty()) continue;
    if (m.line == 0) m.line = static_cast<std::size_t>(std::max(0L, xmlGetLineNo(n)));
    if (!m.text.empty()) m.text += "\n\n";
    m.text += t;
  }
  return m;
}

// Less text than this and the class rules may have removed the story with its furniture (a
// site that calls its story "post-comments-wrapper"): look again without them, as a reader
// would look harder at a page that seems empty. The second look wins only when it finds much
// more: on a short story it would otherwise win by the newsletter box the rules removed.
constexpr std::size_t enough_text = 500;
constexpr std::size_t much_more = 2;

}  // namespace

double detail::link_density(const xmlNode* node) {
  Tallies t;
  return t.link_density(node);
}

MainContent extract_main_content(const xmlDoc* doc, std::string_view title) {
  MainContent best = attempt(doc, true, true);
  for (const auto& [by_class, clean] : {std::pair{false, true}, {false, false}}) {
    if (best.text.size() >= enough_text) break;
    MainContent m = attempt(doc, by_class, clean);
    if (m.text.size() > much_more * best.text.size()) best = std::move(m);
  }
  drop_title_heading(best.text, title);
  return best;
}

}  // namespace dateline
