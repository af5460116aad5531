// The Event JSON contract (see README "Formats").
#pragma once

#include <nlohmann/json.hpp>

#include "core/event.h"

namespace dyad {

nlohmann::json EventToJson(const Event& e);

}  // namespace dyad
