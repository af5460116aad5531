#include "lexicon/ontology.h"

#include <charconv>

#include "lexicon/tsv.h"

namespace dyad {

Result<std::shared_ptr<const Ontology>> Ontology::Load(const std::string& path) {
  auto o = std::make_shared<Ontology>();
  std::vector<std::string> problems;
  Status s = ReadTsv(
      path,
      [&](const TsvLine& l) -> Status {
        if (l.fields.size() < 7) return Status::Error("expected 7 tab-separated fields");
        CameoCode c;
        c.code = l.fields[0];
        c.root = l.fields[1];
        c.quad = std::atoi(std::string(l.fields[2]).c_str());
        c.goldstein = std::atof(std::string(l.fields[3]).c_str());
        c.plover = l.fields[4];
        c.plover_mode = l.fields[5] == "-" ? "" : std::string(l.fields[5]);
        c.name = l.fields[6];
        if (c.code.size() < 2 || c.root != c.code.substr(0, 2) || c.quad < 1 || c.quad > 4)
          return Status::Error("bad code, root or quad class");
        o->codes_[c.code] = std::move(c);
        return Status();
      },
      &problems);
  if (!s.ok()) return s;
  if (!problems.empty()) return Status::Error(problems.front());
  if (o->codes_.empty()) return Status::Error(path + ": no CAMEO codes");
  return std::shared_ptr<const Ontology>(std::move(o));
}

const CameoCode* Ontology::Find(const std::string& code) const {
  auto it = codes_.find(code);
  return it == codes_.end() ? nullptr : &it->second;
}

}  // namespace dyad
