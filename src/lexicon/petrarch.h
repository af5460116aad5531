// Importers for the TABARI/PETRARCH dictionary formats (openeventdata/petrarch2,
// dictionaries-format.rst), so that the event-data community's actor and agent
// dictionaries load directly next to dyad's own TSV files.
//
// Actors (*.actors.txt): records of a primary phrase, "+synonym" lines and date
// restrictions, either on the phrase line or on following lines that start with white
// space:
//   ILHAM_ALIYEV_  # comment
//   +ILHAM_ALIEV_
//   	[AZEELI 780101-030804]     between two dates (inclusive)
//   	[AZEGOV >031031]           on or after a date; "<" on or before
//   	[AZEELI]                   the default code when no restriction applies
// "[---]" is the null code (the phrase is known and is not an actor). Dates are
// YYMMDD (00-30 read as 20YY, as KEDS/TABARI do) or YYYYMMDD.
//
// Agents (*.agents.txt): "PHRASE {plural} [~SECTOR]" lines; "~XXX" adds the code after
// the actor's ("Russian police" -> RUS + COP), "XXX~" before it (NGO~); regular English
// plurals are generated unless {} gives the plural or {} is empty; substitution sets
// "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON" expand "CONGRESS!PERSON!". In agents a
// blank between words allows up to PhraseIndex::kMaxGap words between them, "_" does not.
//
// Both readers report each malformed line as "file:line: reason" and skip it. They are
// pure functions of the file; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"

namespace dyad {

// One (surface, code) fact read from a PETRARCH actor record, in dyad's own terms.
struct ImportedActor {
  std::string surface;  // words separated by spaces, as written ("ILHAM ALIYEV")
  std::string record;   // the record's primary phrase (the entity the surface names)
  std::string code;     // CAMEO code; empty for the null code [---]
  std::string from;     // YYYY-MM-DD or empty (no lower bound)
  std::string to;       // YYYY-MM-DD or empty (no upper bound)
  bool dated = false;   // a date restriction (false: the record's default code)
  bool stem = false;    // TABARI stem: the last word was written without a final "_"
  std::string where;    // file:line of the code
};

struct ImportedAgent {
  std::string surface;  // "*" marks a gap where the phrase had a blank
  std::string code;     // one or more 3-letter codes ("COP", "GOVFRM")
  bool before = false;  // "NGO~": the code goes before the actor's code
  std::string where;
};

// Reads a PETRARCH/TABARI actor dictionary. Fails only when the file cannot be read.
Result<std::vector<ImportedActor>> ReadPetrarchActors(const std::string& path,
                                                      std::vector<std::string>* problems);

// Reads a PETRARCH agent dictionary. Fails only when the file cannot be read.
Result<std::vector<ImportedAgent>> ReadPetrarchAgents(const std::string& path,
                                                      std::vector<std::string>* problems);

// "YYMMDD" or "YYYYMMDD" as YYYY-MM-DD; empty when not a valid date.
std::string PetrarchDate(std::string_view d);

}  // namespace dyad
