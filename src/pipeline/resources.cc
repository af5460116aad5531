#include "pipeline/resources.h"

#include <future>

#include "lexicon/tsv.h"
#include "recognize/actors.h"

namespace dyad {
namespace {

// Everything but the gazetteer, in the order it has always loaded.
Result<Resources> LoadLexicons(const std::string& data_dir, const std::vector<std::string>& extra_actor_dirs,
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
  // What accusations, threats and appeals are of refines codes; a data directory without these
  // files (an older copy, a test's) codes without them.
  for (auto [stem, lexicon] : {std::pair{"accusations.", &r.coder.accusations}, std::pair{"threats.", &r.coder.threats},
                               std::pair{"demands.", &r.coder.demands}, std::pair{"appeals.", &r.coder.appeals}}) {
    if (TsvFiles(data_dir + "/events", stem).empty()) continue;
    auto loaded = TriggerLexicon::Load(data_dir + "/events", **ontology, warnings, false, stem);
    if (!loaded.ok()) return loaded.status();
    *lexicon = *loaded;
  }
  auto grammar = GrammarWords::Load(data_dir + "/events", ModeWords::KnownKind, warnings);
  if (!grammar.ok()) return grammar.status();
  r.coder.grammar = *grammar;
  auto countries = CountryCodes::Load(data_dir + "/ontology/countries.tsv", warnings);
  if (!countries.ok()) return countries.status();
  r.countries = *countries;
  // The gazetteer is still loading meanwhile: what the first English sentence would
  // otherwise build costs no time here.
  PrepareActorRecognition(**actors);
  return r;
}

}  // namespace

Result<Resources> LoadResources(const std::string& data_dir,
                                const std::vector<std::string>& extra_actor_dirs,
                                std::vector<std::string>* warnings) {
  // The gazetteer takes two thirds of the loading: the lexicons load on a thread of
  // their own meanwhile. Errors and warnings keep the order of a sequential load,
  // lexicons first.
  std::vector<std::string> lexicon_warnings, gazetteer_warnings;
  auto lexicons = std::async(std::launch::async,
                             [&] { return LoadLexicons(data_dir, extra_actor_dirs, &lexicon_warnings); });
  auto gazetteer = Gazetteer::Load({data_dir + "/places"}, &gazetteer_warnings);
  auto r = lexicons.get();
  warnings->insert(warnings->end(), lexicon_warnings.begin(), lexicon_warnings.end());
  if (!r.ok()) return r.status();
  warnings->insert(warnings->end(), gazetteer_warnings.begin(), gazetteer_warnings.end());
  if (!gazetteer.ok()) return gazetteer.status();
  r->gazetteer = *gazetteer;
  return r;
}

}  // namespace dyad
