// The CAMEO event ontology with QuadClass, Goldstein and the PLOVER mapping, loaded
// from data/ontology/cameo.tsv. Immutable once loaded.
#pragma once

#include <memory>
#include <string>
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
  static Result<std::shared_ptr<const Ontology>> Load(const std::string& path);

  // nullptr for an unknown code.
  const CameoCode* Find(const std::string& code) const;
  size_t size() const { return codes_.size(); }

 private:
  std::unordered_map<std::string, CameoCode> codes_;
};

}  // namespace dyad
