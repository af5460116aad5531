#include "pipeline/resources.h"

#include <future>

namespace dyad {

Result<Resources> LoadResources(const std::string& data_dir,
                                const std::vector<std::string>& extra_actor_dirs,
                                std::vector<std::string>* warnings) {
  Resources r;
  // The gazetteer takes two thirds of the loading: it loads on a thread of its own
  // while the rest loads here. Its warnings come last, as they did when it loaded last.
  std::vector<std::string> gazetteer_warnings;
  auto gazetteer = std::async(std::launch::async, [&] {
    return Gazetteer::Load({data_dir + "/places"}, &gazetteer_warnings);
  });
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
  auto places = gazetteer.get();
  warnings->insert(warnings->end(), gazetteer_warnings.begin(), gazetteer_warnings.end());
  if (!places.ok()) return places.status();
  r.gazetteer = *places;
  auto countries = CountryCodes::Load(data_dir + "/ontology/countries.tsv", warnings);
  if (!countries.ok()) return countries.status();
  r.countries = *countries;
  return r;
}

}  // namespace dyad
