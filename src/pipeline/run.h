// Parallel execution: a serial reader, parallel processing, a serial in-order sink,
// with a bounded number of documents in flight (oneTBB parallel_pipeline).
#pragma once

#include <functional>
#include <optional>

#include "pipeline/process.h"

namespace dyad {

// next() yields raw documents (called from one thread at a time, in order) until it
// returns nullopt; sink() receives each processed document in input order (one thread
// at a time). threads = 0 uses every core.
void RunPipeline(const std::function<std::optional<RawDocument>()>& next, const Resources& r,
                 const std::function<void(ProcessedDocument&&)>& sink, int threads = 0);

}  // namespace dyad
