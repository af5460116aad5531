// Plain-text page furniture: menus, ad markers, promos, "read more" teasers, comment
// forms and tag lines that scraped text files carry around the article.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/status.h"

namespace dyad {

// Phrases that mark furniture, loaded from data/furniture/*.tsv:
//   lang <TAB> kind <TAB> phrase
// kind: "line" (a line containing the phrase is furniture), "start" (a line starting
// with it is), "teaser" (a "read more" marker: it and the headline lines next to it
// are), "end" (it and everything after it are: comment forms, footers).
// Immutable once loaded; share between threads.
class FurniturePhrases {
 public:
  struct Phrase {
    std::string kind;
    std::string text;  // lower-cased
  };
  static Result<std::shared_ptr<const FurniturePhrases>> Load(const std::string& dir);
  static std::shared_ptr<const FurniturePhrases> Empty();
  const std::vector<Phrase>& phrases() const { return phrases_; }

 private:
  std::vector<Phrase> phrases_;
};

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
