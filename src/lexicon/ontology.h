// The CAMEO event ontology with QuadClass, Goldstein and the PLOVER mapping, loaded
// from data/ontology/cameo.tsv, and the code of an announced intention to do an act
// (data/ontology/intents.tsv beside it). Immutable once loaded.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/status.h"

namespace dyad {

struct CameoCode {
  std::string code;
  std::string root;
  int quad = 0;
  double goldstein = 0;
  std::string plover;       // PLOVER event type
  std::string plover_mode;  // PLOVER mode, empty when none
  std::string name;
};

class Ontology {
 public:
  // Reads code<TAB>root<TAB>quad<TAB>goldstein<TAB>plover_type<TAB>plover_mode<TAB>name.
  // Then, when the same directory holds intents.tsv, its act<TAB>intention lines.
  static Result<std::shared_ptr<const Ontology>> Load(const std::string& path);

  // nullptr for an unknown code.
  const CameoCode* Find(const std::string& code) const;
  // The code (root 03) of announcing the intention to do act code ("announced its
  // intention to send aid": 073 -> 0333); nullptr when the act has none.
  const CameoCode* IntentOf(std::string_view code) const;
  size_t size() const { return codes_.size(); }

 private:
  std::unordered_map<std::string, CameoCode> codes_;
  std::unordered_map<std::string, std::string> intents_;  // act code prefix -> intention code
};

}  // namespace dyad
