#include "pipeline/resources.h"

namespace dyad {

Result<Resources> LoadResources(const std::string& data_dir,
                                const std::vector<std::string>& extra_actor_dirs,
                                std::vector<std::string>* warnings) {
  Resources r;
  auto furniture = FurniturePhrases::Load(data_dir + "/furniture");
  if (!furniture.ok()) return furniture.status();
  r.furniture = *furniture;
  std::vector<std::string> dirs{data_dir + "/actors"};
  dirs.insert(dirs.end(), extra_actor_dirs.begin(), extra_actor_dirs.end());
  auto actors = ActorLexicon::Load(dirs, warnings);
  if (!actors.ok()) return actors.status();
  r.actors = *actors;
  auto ontology = Ontology::Load(data_dir + "/ontology/cameo.tsv");
  if (!ontology.ok()) return ontology.status();
  r.coder.ontology = *ontology;
  auto triggers = TriggerLexicon::Load(data_dir + "/events", **ontology, warnings);
  if (!triggers.ok()) return triggers.status();
  r.coder.triggers = *triggers;
  auto grammar = GrammarWords::Load(data_dir + "/events", warnings);
  if (!grammar.ok()) return grammar.status();
  r.coder.grammar = *grammar;
  auto gazetteer = Gazetteer::Load({data_dir + "/places"}, warnings);
  if (!gazetteer.ok()) return gazetteer.status();
  r.gazetteer = *gazetteer;
  auto countries = CountryCodes::Load(data_dir + "/ontology/countries.tsv", warnings);
  if (!countries.ok()) return countries.status();
  r.countries = *countries;
  return r;
}

}  // namespace dyad
