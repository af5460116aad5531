// Where dyad finds its data files (lexicons, ontology).
#pragma once

#include <string>

namespace dyad {

// $DYAD_DATA if set, else the data/ directory of the source tree dyad was built from.
std::string DataDir();

}  // namespace dyad
