#include "extract/main_text.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "extract/date_parse.h"

namespace dyad {
namespace {

// One element of the page, in document (pre-)order.
struct Element {
  xmlNode* node = nullptr;
  int parent = -1;
  Tag tag = Tag::kOther;
  int8_t hint = 0;         // +1: class/id says article text; -1: says furniture
  bool block = false;      // starts and ends a block of text
  bool furniture = false;  // hint < 0 and the hint is believed (see below)
  int first_block = 0;     // blocks [first_block, end_block) lie inside this element
  int end_block = 0;
  int end_element = 0;  // elements [this one, end_element) are its subtree
  double good = 0;      // prose characters inside (weighted)
  double links = 0;     // characters of link lists inside
  double junk = 0;      // characters of short fragments that are neither
};

struct Block {
  TextBlock out;
  int owner = -1;  // innermost block-level element holding the text
  int sentence_ends = 0;
  int words = 0;
  double good = 0, links = 0, junk = 0;
};

// Weights of furniture-like text against prose when choosing the container: a region
// joins the article only if its prose outweighs its link lists and fragments. Link
// lists weigh less: the block filter drops them anyway, and news pages interleave
// "related" links with the article's paragraphs.
constexpr double kLinkWeight = 0.5;
constexpr double kJunkWeight = 1.0;
// A furniture hint is not believed for an element holding this share of the page's
// prose (wrappers such as <div class="page has-sidebar"> around everything).
constexpr double kHintOverrideShare = 0.6;

bool IsSpaceByte(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Counts sentence ends (. ! ? and their Arabic, CJK, Devanagari forms, followed by a
// space, a quote or the end) and words.
void Measure(Block* b) {
  const std::string& s = b->out.text;
  int ends = 0, words = 0;
  bool in_word = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (IsSpaceByte(c)) {
      in_word = false;
      continue;
    }
    if (!in_word) ++words;
    in_word = true;
    bool end = false;
    size_t len = 1;
    const auto u = static_cast<unsigned char>(c);
    if (c == '.' || c == '!' || c == '?') {
      end = true;
    } else if (u == 0xD8 && s.compare(i, 2, "\xD8\x9F") == 0) {  // ؟
      end = true, len = 2;
    } else if (u >= 0xE0 && u <= 0xEF &&
               (s.compare(i, 3, "\xE3\x80\x82") == 0 || s.compare(i, 3, "\xEF\xBC\x81") == 0 ||
                s.compare(i, 3, "\xEF\xBC\x9F") == 0 || s.compare(i, 3, "\xE0\xA5\xA4") == 0 ||
                s.compare(i, 3, "\xE2\x80\xA6") == 0)) {  // 。！？ । …
      end = true, len = 3;
    }
    if (end) {
      const size_t next = i + len;
      if (next >= s.size() || IsSpaceByte(s[next]) || s[next] == '"' || s[next] == '\'' ||
          s[next] == ')' || static_cast<unsigned char>(s[next]) >= 0x80)
        ++ends;
      i = next - 1;
    }
  }
  b->sentence_ends = ends;
  b->words = words;
}

// Prose and furniture weights of a block, from its own text only.
void Weigh(Block* b) {
  const double chars = b->out.chars;
  const double ld = chars > 0 ? b->out.link_chars / chars : 0;
  if (ld > 0.5) {
    b->links = chars;
    return;
  }
  // Long text, or a whole sentence (news paragraphs can be one short sentence: "He
  // declined to comment.").
  const bool prose = (chars >= 80 && ld < 0.35) ||
                     (b->sentence_ends > 0 && b->words >= 4 && chars >= 15 && ld < 0.25);
  if (prose) {
    b->good = chars * (1 - ld) * (b->sentence_ends > 0 ? 1.0 : 0.6);
    b->links = chars * ld;
  } else {
    b->junk = chars * (1 - ld);
    b->links = chars * ld;
  }
}

class PageWalker {
 public:
  explicit PageWalker(const FurniturePhrases& phrases) : phrases_(phrases) {}

  void Walk(xmlNode* root) {
    xmlNode* n = root;
    while (n) {
      const bool descend = Enter(n);
      if (descend && n->children) {
        n = n->children;
        continue;
      }
      if (descend) Leave(n);
      while (n != root && !n->next) {
        n = n->parent;
        Leave(n);
      }
      if (n == root) break;
      n = n->next;
    }
    Flush();
  }

  std::vector<Element> elements;
  std::vector<Block> blocks;

 private:
  // Returns true when the walk should go into n's children (and later call Leave).
  bool Enter(xmlNode* n) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content) {
        const int c = AppendCollapsed(&cur_, reinterpret_cast<const char*>(n->content), &space_);
        cur_chars_ += c;
        if (link_depth_ > 0) cur_links_ += c;
      }
      return false;
    }
    if (n->type != XML_ELEMENT_NODE) return false;
    const Tag tag = TagOf(n);
    if (IsSkippedTag(tag) || Hidden(n)) return false;
    if (tag == Tag::kBr) {
      LineBreak();
      return false;
    }
    if (tag == Tag::kImg || tag == Tag::kHr) {
      if (tag == Tag::kHr) Flush();
      return false;
    }
    Element e;
    e.node = n;
    e.parent = stack_.empty() ? -1 : stack_.back();
    e.tag = tag;
    e.hint = Hint(n);
    // An inline element marked as furniture (<span class="caption">) is a block of its
    // own, so that its text can be dropped without the sentence around it.
    e.block = IsBlockTag(tag) || e.hint < 0;
    if (e.block) Flush();
    e.first_block = static_cast<int>(blocks.size());
    e.end_element = static_cast<int>(elements.size()) + 1;
    stack_.push_back(static_cast<int>(elements.size()));
    if (e.block) owners_.push_back(static_cast<int>(elements.size()));
    elements.push_back(e);
    if (tag == Tag::kA) ++link_depth_;
    return true;
  }

  void Leave(xmlNode* n) {
    if (stack_.empty() || elements[stack_.back()].node != n) return;
    const int i = stack_.back();
    const Tag tag = elements[i].tag;
    if (elements[i].block) {
      Flush();
      owners_.pop_back();
    }
    if (tag == Tag::kA) --link_depth_;
    elements[i].end_block = static_cast<int>(blocks.size());
    elements[i].end_element = static_cast<int>(elements.size());
    stack_.pop_back();
  }

  // <br>: a line break; two in a row end the block (pages laid out with <br><br>).
  void LineBreak() {
    if (cur_chars_ == 0) return;
    if (!cur_.empty() && cur_.back() == '\n') {
      cur_.pop_back();
      Flush();
      return;
    }
    cur_.push_back('\n');
    space_ = false;
  }

  void Flush() {
    while (!cur_.empty() && cur_.back() == '\n') cur_.pop_back();
    if (cur_chars_ > 0 && !owners_.empty()) {
      Block b;
      b.owner = owners_.back();
      b.out.text = std::move(cur_);
      b.out.element = reinterpret_cast<const char*>(elements[b.owner].node->name);
      b.out.chars = cur_chars_;
      b.out.link_chars = std::min(cur_links_, cur_chars_);
      blocks.push_back(std::move(b));
    }
    cur_.clear();
    cur_chars_ = cur_links_ = 0;
    space_ = false;
  }

  static bool Hidden(const xmlNode* n) {
    for (const xmlAttr* a = n->properties; a; a = a->next) {
      const char* name = reinterpret_cast<const char*>(a->name);
      if (!name) continue;
      if (std::strcmp(name, "hidden") == 0) return true;
      if (std::strcmp(name, "aria-hidden") == 0) {
        const std::string_view v = AttrView(n, "aria-hidden");
        if (v == "true") return true;
      }
      if (std::strcmp(name, "style") == 0) {
        std::string v(AttrView(n, "style"));
        v.erase(std::remove_if(v.begin(), v.end(), [](char c) { return IsSpaceByte(c); }), v.end());
        for (char& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (v.find("display:none") != std::string::npos ||
            v.find("visibility:hidden") != std::string::npos)
          return true;
      }
    }
    return false;
  }

  int8_t Hint(const xmlNode* n) {
    const std::string_view cls = AttrView(n, "class");
    const std::string_view id = AttrView(n, "id");
    if (cls.empty() && id.empty()) return 0;
    // All names for article hints; for furniture hints, not the names that describe the
    // page's state or layout ("has-comments", "layout-right-sidebar").
    scratch_.clear();
    state_.clear();
    for (std::string_view list : {cls, id}) {
      size_t i = 0;
      while (i < list.size()) {
        while (i < list.size() && IsSpaceByte(list[i])) ++i;
        size_t j = i;
        while (j < list.size() && !IsSpaceByte(list[j])) ++j;
        const std::string_view name = list.substr(i, j - i);
        if (!name.empty()) {
          std::string& to = phrases_.IsStateClass(name) ? state_ : scratch_;
          to.append(name);
          to.push_back(' ');
        }
        i = j;
      }
    }
    bool good = false, bad = false, embed = false;
    const auto& hints = phrases_.class_hints();
    if (!scratch_.empty()) {
      ClassTokens(scratch_, &tokens_);
      phrases_.class_matcher().ForEachHit(tokens_, [&](const PhraseMatcher::Hit& h) {
        const char k = hints[h.id].kind[0];
        if (k == 'g')
          good = true;
        else if (k == 'e')
          embed = true;
        else
          bad = true;
      });
    }
    // An embedded post (a tweet quoted in the story) is part of the article even when
    // its class also says "social".
    if (embed) return 0;
    if (!state_.empty()) {
      ClassTokens(state_, &tokens_);
      phrases_.class_matcher().ForEachHit(tokens_, [&](const PhraseMatcher::Hit& h) {
        if (hints[h.id].kind[0] == 'g') good = true;
      });
    }
    return bad ? -1 : good ? 1 : 0;
  }

  const FurniturePhrases& phrases_;
  std::vector<int> stack_;   // open elements
  std::vector<int> owners_;  // open block-level elements
  std::string cur_;          // the block being collected
  int cur_chars_ = 0, cur_links_ = 0;
  bool space_ = false;
  int link_depth_ = 0;
  std::string scratch_, state_, tokens_;
};

std::string Describe(const Element& e) {
  std::string s = reinterpret_cast<const char*>(e.node->name);
  const std::string_view id = AttrView(e.node, "id"), cls = AttrView(e.node, "class");
  if (!id.empty()) s += "#" + std::string(id.substr(0, 40));
  if (!cls.empty()) s += "." + std::string(cls.substr(0, 60));
  return s;
}

// Lower-cased ASCII copy with white space collapsed, for comparing a block with the title.
std::string Comparable(std::string_view s) {
  std::string out;
  bool space = false;
  for (char ch : s) {
    if (IsSpaceByte(ch)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(ch))));
  }
  return out;
}

// Lists of other stories: a headline link followed by its summary, again and again.
// Three such pairs in a row are a list, not the article (which may carry one or two
// "related" links between its paragraphs).
void DropTeaserRuns(std::vector<Block>& blocks, int begin, int end) {
  auto headline = [&](int i) {
    const Block& b = blocks[i];
    return b.out.link_chars * 2 > b.out.chars && b.words <= 20;
  };
  auto summary = [&](int i) {
    const Block& b = blocks[i];
    return b.out.link_chars * 2 <= b.out.chars && b.words <= 40;
  };
  int i = begin;
  while (i + 1 < end) {
    int j = i, pairs = 0;
    while (j + 1 < end && headline(j) && summary(j + 1)) j += 2, ++pairs;
    if (pairs >= 3) {
      for (int k = i; k < j; ++k)
        if (blocks[k].out.reason.empty()) blocks[k].out.reason = "a list of other stories";
      i = j;
    } else {
      ++i;
    }
  }
}

double ContainerScore(const Element& e) {
  double good = e.good;
  if (e.hint > 0) good *= 1.15;
  if (e.tag == Tag::kArticle || e.tag == Tag::kMain) good *= 1.1;
  return good - kLinkWeight * e.links - kJunkWeight * e.junk;
}

// The element with the best score that is not inside furniture, or -1 when no element
// holds any prose.
int ChooseContainer(const std::vector<Element>& el) {
  std::vector<char> in_furniture(el.size(), 0);
  int best = -1;
  double best_score = 0;
  for (size_t i = 0; i < el.size(); ++i) {
    in_furniture[i] = el[i].furniture || (el[i].parent >= 0 && in_furniture[el[i].parent]);
    if (in_furniture[i] || el[i].good <= 0) continue;
    const double score = ContainerScore(el[i]);
    // >=: among equal scores the deeper (later in pre-order) element wins.
    if (best < 0 || score >= best_score) best = static_cast<int>(i), best_score = score;
  }
  return best;
}

}  // namespace

MainText ExtractMainText(xmlDoc* doc, const FurniturePhrases& phrases, std::string_view title) {
  MainText out;
  if (!doc) return out;
  xmlNode* root = xmlDocGetRootElement(doc);
  if (!root) return out;
  PageWalker w(phrases);
  w.Walk(root);
  std::vector<Element>& el = w.elements;
  std::vector<Block>& blocks = w.blocks;
  if (el.empty() || blocks.empty()) return out;

  for (Block& b : blocks) {
    Measure(&b);
    Weigh(&b);
  }
  // Raw sums first (hints ignored), to know which furniture hints to believe.
  auto sum_up = [&](bool use_hints) {
    for (auto& e : el) e.good = e.links = e.junk = 0;
    for (const Block& b : blocks) {
      Element& o = el[b.owner];
      o.good += b.good, o.links += b.links, o.junk += b.junk;
    }
    for (size_t i = el.size(); i-- > 1;) {
      const int p = el[i].parent;
      if (p < 0) continue;
      if (use_hints && el[i].furniture) {
        // Everything inside believed furniture counts as furniture.
        el[p].junk += el[i].good + el[i].junk;
        el[p].links += el[i].links;
      } else {
        el[p].good += el[i].good, el[p].links += el[i].links, el[p].junk += el[i].junk;
      }
    }
  };
  sum_up(false);
  const double total_good = el[0].good;
  for (auto& e : el) e.furniture = e.hint < 0 && e.good < kHintOverrideShare * total_good;
  sum_up(true);
  int best = ChooseContainer(el);
  if (best < 0) {
    // All the prose is in elements that say they are furniture (an article rendered by
    // scripts leaves only its standfirst in a <header>): some text beats none.
    for (auto& e : el) e.furniture = false;
    sum_up(false);
    best = ChooseContainer(el);
  }
  for (Block& b : blocks) b.out.reason = "outside the main content";
  if (best < 0) {
    for (Block& b : blocks) out.blocks.push_back(std::move(b.out));
    return out;
  }
  const Element& c = el[best];
  out.container = Describe(c);

  // For each element of the container (a contiguous range in pre-order), the outermost
  // furniture element or caption between it and the container, or -1: one pass, so
  // that deep pages cost no more than shallow ones.
  const size_t end_el = static_cast<size_t>(c.end_element);
  std::vector<int> marker(end_el - best, -1);
  for (size_t i = best + 1; i < end_el; ++i) {
    const int parent_mark = el[i].parent > best ? marker[el[i].parent - best] : -1;
    const bool marks = el[i].furniture || el[i].tag == Tag::kFigcaption;
    marker[i - best] = parent_mark >= 0 ? parent_mark : marks ? static_cast<int>(i) : -1;
  }

  // Within the container: drop what reads as furniture.
  const std::string title_cmp = Comparable(title);
  const auto& texts = phrases.phrases();
  bool after_end = false;
  double good_before = 0;  // prose seen so far in the container
  for (int i = c.first_block; i < c.end_block; ++i) {
    Block& b = blocks[i];
    good_before += b.good;
    std::string& reason = b.out.reason;
    reason.clear();
    if (after_end) {
      reason = "after a comments, footer or related-stories marker";
      continue;
    }
    // A furniture element or a caption between the block and the container.
    // (An inline container can hold text whose block owner is above it: no marker.)
    const bool inside = b.owner > best && static_cast<size_t>(b.owner) < end_el;
    if (const int m = inside ? marker[b.owner - best] : -1; m >= 0) {
      reason = el[m].tag == Tag::kFigcaption && !el[m].furniture ? "image caption"
                                                                 : "inside " + Describe(el[m]);
      continue;
    }
    // A long sentence that happens to be one link is still prose; a list item or a
    // short line that is mostly link is navigation.
    const bool linked_sentence = b.words >= 10 && b.sentence_ends > 0 &&
                                 b.out.link_chars * 10 < b.out.chars * 9 && b.out.element != "li";
    if (b.out.link_chars * 2 > b.out.chars && !linked_sentence) {
      reason = "mostly links";
      continue;
    }
    if (!title_cmp.empty() && b.words <= 40 && Comparable(b.out.text) == title_cmp) {
      reason = "the headline";
      continue;
    }
    // "Published 20 November 2019 - 07:50", "05/10/2018 - Posted by ...": the date
    // belongs in the metadata, not in the text.
    if (b.words <= 12 && b.sentence_ends == 0 && !ParseDate(b.out.text).empty()) {
      reason = "date line";
      continue;
    }
    if (b.words > 60) continue;
    phrases.text_matcher().ForEachHit(b.out.text, [&](const PhraseMatcher::Hit& h) {
      if (!reason.empty()) return;
      const auto& p = texts[h.id];
      if (!PhraseCounts(p, h.begin, h.end - h.begin, b.words, b.out.text.size())) return;
      // An end marker ("Comments", "Related stories") ends the article only once most of
      // its prose is behind: near the top it is a link to the comments.
      if (p.kind == "end" && good_before >= 0.5 * c.good) after_end = true;
      reason = "furniture phrase \"" + p.text + "\"";
    });
  }
  DropTeaserRuns(blocks, c.first_block, c.end_block);
  for (Block& b : blocks) {
    b.out.kept = b.out.reason.empty();
    if (b.out.kept) {
      if (!out.text.empty()) out.text += "\n\n";
      out.text += b.out.text;
    }
    out.blocks.push_back(std::move(b.out));
  }
  return out;
}

}  // namespace dyad
