#include "lexicon/country_codes.h"

#include "lexicon/tsv.h"

namespace dyad {

Result<std::shared_ptr<const CountryCodes>> CountryCodes::Load(const std::string& path,
                                                               std::vector<std::string>* problems) {
  auto table = std::make_shared<CountryCodes>();
  Status s = ReadTsv(
      path,
      [&](const TsvLine& l) -> Status {
        if (l.fields.size() < 2) return Status::Error("expected iso2<TAB>code<TAB>name");
        const std::string_view iso2 = l.fields[0], code = l.fields[1];
        if (iso2.size() != 2 || code.size() != 3) return Status::Error("expected a 2-letter and a 3-letter code");
        table->codes_.emplace(std::string(iso2), std::string(code));
        return Status();
      },
      problems);
  if (!s.ok()) return s;
  return std::shared_ptr<const CountryCodes>(std::move(table));
}

std::string CountryCodes::Find(std::string_view iso2) const {
  auto it = codes_.find(std::string(iso2));
  return it == codes_.end() ? std::string() : it->second;
}

}  // namespace dyad
