#include "core/data_dir.h"

#include <cstdlib>

namespace dyad {

std::string DataDir() {
  if (const char* env = std::getenv("DYAD_DATA"); env && *env) return env;
  return DYAD_DATA_DIR;
}

}  // namespace dyad
