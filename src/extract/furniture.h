// Plain-text page furniture: menus, ad markers, promos, "read more" teasers, comment
// forms and tag lines that scraped text files carry around the article.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/status.h"
#include "extract/phrase_matcher.h"

namespace dyad {

// Phrases that mark furniture, loaded from data/furniture/*.tsv:
//   lang <TAB> kind <TAB> phrase
// Text kinds: "line" (a line containing the phrase is furniture), "start" (a line
// starting with it is), "teaser" (a "read more" marker: it and the headline lines next
// to it are), "end" (it and everything after it are: comment forms, footers).
// HTML kinds, matched in class and id attributes: "good-class" (the element holds
// article text: "article-body"), "bad-class" (page furniture: "share", "related"),
// "embed-class" (a post embedded in the story, such as a quoted tweet: neither).
// A class phrase written "=word" matches a whole class/id token only ("=ad" does not
// match "header"). "state-class" phrases are prefixes of class names that describe the
// page rather than the element ("has" for "has-sidebar"); such names are not hints.
// Immutable once loaded; share between threads.
class FurniturePhrases {
 public:
  struct Phrase {
    std::string kind;
    std::string text;  // lower-cased
    int words = 1;
  };
  static Result<std::shared_ptr<const FurniturePhrases>> Load(const std::string& dir);
  static std::shared_ptr<const FurniturePhrases> Empty();
  // Text kinds (line, start, teaser, end), in file order.
  const std::vector<Phrase>& phrases() const { return phrases_; }
  // The text kinds again as one automaton; a hit's id indexes phrases().
  const PhraseMatcher& text_matcher() const { return text_matcher_; }
  // Class/id hints; a hit's id indexes class_hints(). Search a class/id string through
  // ClassTokens() so that "=word" phrases see token boundaries.
  const PhraseMatcher& class_matcher() const { return class_matcher_; }
  const std::vector<Phrase>& class_hints() const { return class_hints_; }
  // True for a class name that starts with a "state-class" prefix ("has-", "layout-"):
  // it describes the page, not the element.
  bool IsStateClass(std::string_view class_name) const;

 private:
  std::vector<Phrase> phrases_;
  std::vector<Phrase> class_hints_;
  std::vector<std::string> state_prefixes_;
  PhraseMatcher text_matcher_;
  PhraseMatcher class_matcher_;
};

// Whether a text phrase found in a line (or an HTML block) of `words` words and `bytes`
// bytes, at hit_begin for hit_bytes, marks it as furniture. Phrases count only in short
// lines, so that an article sentence that mentions "comments" or "newsletter" is kept;
// a phrase of four words or more is specific enough to count in longer ones. "start"
// phrases must begin the line; "teaser" and "end" markers must make up most of it.
bool PhraseCounts(const FurniturePhrases::Phrase& p, size_t hit_begin, size_t hit_bytes, int words,
                  size_t bytes);

// Words, counted as runs of non-space bytes; a space is what std::isspace says in the
// "C" locale dyad runs in: ' ' and '\t' to '\r'.
int WordCount(std::string_view s);

// A class or id value as the class matcher expects it: lower-case, every run of
// separators (space, '-', '_', ':', '.', '/') one space, with a space at both ends.
void ClassTokens(std::string_view value, std::string* out);

struct DroppedLine {
  std::string text;
  std::string reason;
};

struct CleanText {
  std::string title;  // the first line, when it reads as a headline
  std::string text;   // kept lines; paragraphs separated by blank lines
  std::vector<DroppedLine> dropped;
};

// Removes furniture from a plain-text article. Keeps every line that reads as prose.
CleanText RemoveFurniture(const std::string& text, const FurniturePhrases& phrases);

}  // namespace dyad
