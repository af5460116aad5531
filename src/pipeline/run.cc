#include "pipeline/run.h"

#include <tbb/global_control.h>
#include <tbb/parallel_pipeline.h>

#include <memory>
#include <thread>

namespace dyad {

void RunPipeline(const std::function<std::optional<RawDocument>()>& next, const Resources& r,
                 const std::function<void(ProcessedDocument&&)>& sink, int threads) {
  const int n = threads > 0 ? threads : std::max(1u, std::thread::hardware_concurrency());
  tbb::global_control limit(tbb::global_control::max_allowed_parallelism, n);
  // Bounds memory: at most this many documents between reader and sink.
  const size_t in_flight = static_cast<size_t>(n) * 8;
  tbb::parallel_pipeline(
      in_flight,
      tbb::make_filter<void, RawDocument*>(
          tbb::filter_mode::serial_in_order,
          [&](tbb::flow_control& fc) -> RawDocument* {
            auto d = next();
            if (!d) {
              fc.stop();
              return nullptr;
            }
            return new RawDocument(std::move(*d));
          }) &
          tbb::make_filter<RawDocument*, ProcessedDocument*>(
              tbb::filter_mode::parallel,
              [&](RawDocument* raw) {
                std::unique_ptr<RawDocument> owned(raw);
                return new ProcessedDocument(ProcessDocument(std::move(*owned), r));
              }) &
          tbb::make_filter<ProcessedDocument*, void>(tbb::filter_mode::serial_in_order,
                                                     [&](ProcessedDocument* p) {
                                                       std::unique_ptr<ProcessedDocument> owned(p);
                                                       sink(std::move(*owned));
                                                     }));
}

}  // namespace dyad
