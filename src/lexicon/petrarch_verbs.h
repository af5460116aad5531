// A reader for PETRARCH2's verb dictionary (CAMEO.2.0.txt, openeventdata/petrarch2, MIT)
// that turns its verb blocks and patterns into dyad trigger patterns.
//
// The format (see ../shared/data/petrarch/dictionaries-format.rst):
//   &SYNSET            a synonym set; its members follow on lines "+WORD" or "+TWO_WORDS"
//   --- NAME [CODE] ---  starts a verb block; CODE (often "---", no event) is the default
//   VERB {FORMS} [CODE]  a verb of the block, irregular forms in {}, optional own code;
//                        "+BEEF_UP", "WIRE_+TAP": multi-word verbs, '+' marks the verb
//   - PRE * POST [CODE]  a pattern: nouns before the verb, '*' for the verb, then nouns,
//                        {noun phrases} (head last) and (prepositional phrases);
//                        $ + ^ % mark source, target and skipped actors
//   ~ ...                a verb transformation (counted, not imported)
//   # ... ; ... <!-- --> comments
// Codes: [073] active; [042:043] active and passive ("the subject is the target");
// [:173] passive only; [---] no event.
//
// Each imported pattern is the verb (every form listed in the file) with the pattern's
// words in dyad's trigger syntax (data/events/README.md): space-separated lower-case
// words, "*" a gap of 0-3 tokens. Role markers are dropped; words of one {noun phrase}
// stay consecutive; other constituents are joined by gaps. The importer does not stem:
// dyad's English matcher stems both sides, so the base and irregular forms suffice.
//
// Pure functions of their input; no shared state.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace dyad {

struct PetrarchVerbPattern {
  std::string code;          // CAMEO code of the active reading; empty when passive only
  std::string passive_code;  // code when the verb's grammatical subject is the target
  std::string pattern;       // dyad trigger syntax, e.g. "impose * new * sanctions"
  std::string verb;          // the verb form the pattern is built on, e.g. "imposed"
  std::string block;         // the verb block's name, e.g. "IMPOSE"
  std::string file;          // file name (no directory) and 1-based line of the source
  int line = 0;
  bool verb_only = false;    // from a verb line: the pattern is the verb alone
  std::string where() const { return file + ":" + std::to_string(line); }
};

struct PetrarchVerbOptions {
  // Which verbs of a block a pattern line combines with. PETRARCH applies a block's
  // patterns to all its verbs (true). By default a pattern whose comment names a verb of
  // the block ("- * FREE [0841] # SET", the verb it was written for) uses that verb
  // only: "set * free", not "pose * free"; other patterns use every verb of the block.
  // On CAMEO.2.0.txt this gives 83k patterns instead of 425k.
  bool all_block_verbs = false;
  // Also emit the regular -s/-ed/-ing forms PETRARCH generates (not needed by dyad's
  // stemming matcher, which reduces them to the base form).
  bool regular_forms = false;
  // Also emit the regular plurals of synset members PETRARCH generates.
  bool synset_plurals = false;
  // Keep the words PETRARCH expects before the verb ("&MILITARY * EXERCISES" with STAGE
  // -> "troops * stage * exercises"); false drops them.
  bool pre_verb_words = true;
  // Drop a pattern equal (same code, passive code and words) to an earlier one.
  bool deduplicate = true;
  // A pattern line expanding (synsets x verbs) to more patterns than this is reported
  // and skipped.
  size_t max_expansions = 20000;
  // A malformed line fails the whole read instead of being skipped and reported.
  bool strict = false;
};

struct PetrarchVerbCounts {
  int blocks = 0;
  int verb_lines = 0;
  int verb_forms = 0;       // distinct spellings listed (primary + {} forms)
  int pattern_lines = 0;    // "-" lines read
  int synsets = 0;
  int synset_members = 0;
  int transformations = 0;  // "~" lines (not imported)
  int null_code = 0;        // verb and pattern lines whose code is [---]
  int skipped = 0;          // malformed lines and lines naming an undefined synset
};

struct PetrarchVerbDictionary {
  std::vector<PetrarchVerbPattern> patterns;
  PetrarchVerbCounts counts;
};

// Parses text (the contents of a file called name). Malformed lines are appended to
// problems as "name:line: reason" and skipped, or fail the parse when options.strict.
Result<PetrarchVerbDictionary> ParsePetrarchVerbs(std::string_view text, const std::string& name,
                                                  const PetrarchVerbOptions& options,
                                                  std::vector<std::string>* problems);

// Reads and parses a file; an unreadable file is an error.
Result<PetrarchVerbDictionary> ReadPetrarchVerbs(const std::string& path,
                                                 const PetrarchVerbOptions& options,
                                                 std::vector<std::string>* problems);

}  // namespace dyad
