#include "lexicon/ontology.h"

#include <charconv>
#include <filesystem>

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
  const std::string intents = std::filesystem::path(path).replace_filename("intents.tsv").string();
  if (std::filesystem::exists(intents)) {
    s = ReadTsv(
        intents,
        [&](const TsvLine& l) -> Status {
          if (l.fields.size() != 2) return Status::Error("expected act<TAB>intention");
          const std::string act(l.fields[0]), intent(l.fields[1]);
          if (!o->Find(act) || !o->Find(intent) || !intent.starts_with("03"))
            return Status::Error("unknown act code, or an intention code not of root 03");
          if (!o->intents_.emplace(act, intent).second) return Status::Error("act code listed twice");
          return Status();
        },
        &problems);
    if (!s.ok()) return s;
    if (!problems.empty()) return Status::Error(problems.front());
  }
  return std::shared_ptr<const Ontology>(std::move(o));
}

const CameoCode* Ontology::Find(const std::string& code) const {
  auto it = codes_.find(code);
  return it == codes_.end() ? nullptr : &it->second;
}

const CameoCode* Ontology::IntentOf(std::string_view code) const {
  for (size_t n = code.size(); n >= 2; --n)
    if (auto it = intents_.find(std::string(code.substr(0, n))); it != intents_.end()) return Find(it->second);
  return nullptr;
}

}  // namespace dyad
