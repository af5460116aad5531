// import_petrarch_verbs: converts a PETRARCH2 verb dictionary into dyad's trigger TSV
// (code <TAB> pattern, data/events/README.md) on standard output, with the source line
// of every pattern in a comment. A thin main over lexicon/petrarch_verbs.h.
//
//   import_petrarch_verbs VERBS.txt [--ontology cameo.tsv] [--all-block-verbs]
//
// --ontology drops patterns whose code the ontology does not have (counted on stderr);
// --all-block-verbs combines every pattern with every verb of its block, as PETRARCH
// does. Patterns with only a passive code ([:173]) are left out: dyad's triggers have
// no passive-only reading. Problems go to stderr as file:line: reason. Exit status 0,
// or 2 when the dictionary cannot be read.
#include <cstring>
#include <iostream>
#include <set>

#include "lexicon/ontology.h"
#include "lexicon/petrarch_verbs.h"

int main(int argc, char** argv) {
  std::string path, ontology_path;
  dyad::PetrarchVerbOptions opt;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--ontology") && i + 1 < argc) {
      ontology_path = argv[++i];
    } else if (!std::strcmp(argv[i], "--all-block-verbs")) {
      opt.all_block_verbs = true;
    } else if (argv[i][0] != '-' && path.empty()) {
      path = argv[i];
    } else {
      std::cerr << "usage: import_petrarch_verbs VERBS.txt [--ontology cameo.tsv] "
                   "[--all-block-verbs]\n";
      return 2;
    }
  }
  if (path.empty()) {
    std::cerr << "import_petrarch_verbs: no dictionary given\n";
    return 2;
  }
  std::shared_ptr<const dyad::Ontology> ontology;
  if (!ontology_path.empty()) {
    auto o = dyad::Ontology::Load(ontology_path);
    if (!o.ok()) {
      std::cerr << "import_petrarch_verbs: " << o.status().message() << "\n";
      return 2;
    }
    ontology = *o;
  }
  std::vector<std::string> problems;
  auto dict = dyad::ReadPetrarchVerbs(path, opt, &problems);
  if (!dict.ok()) {
    std::cerr << "import_petrarch_verbs: " << dict.status().message() << "\n";
    return 2;
  }
  for (const auto& p : problems) std::cerr << p << "\n";
  std::cout << "# dyad triggers imported from " << path
            << " by tools/import_petrarch_verbs (PETRARCH2 dictionary format).\n"
            << "# code<TAB>pattern; '*' = gap of 0-3 tokens; each line's source is in the "
               "comment above its group.\n";
  size_t written = 0, passive_only = 0, unknown = 0;
  std::set<std::string> seen;
  std::string last_where;
  for (const auto& p : dict->patterns) {
    if (p.code.empty()) {
      ++passive_only;
      continue;
    }
    if (ontology && !ontology->Find(p.code)) {
      ++unknown;
      continue;
    }
    if (!seen.insert(p.code + "\t" + p.pattern).second) continue;
    if (p.where() != last_where) {
      std::cout << "# " << p.where() << " " << p.block << "\n";
      last_where = p.where();
    }
    std::cout << p.code << "\t" << p.pattern << "\n";
    ++written;
  }
  std::cerr << "import_petrarch_verbs: " << written << " patterns written, " << passive_only
            << " passive-only left out, " << unknown << " with codes not in the ontology, "
            << problems.size() << " problem lines\n";
  return 0;
}
