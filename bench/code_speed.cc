// Coding speed from raw text: text layer + actors + event coding, no database, one
// thread. Reads JSON Lines articles ({"text","date"?}) made by bench/gen_corpus.py and
// prints sentences/s and MB/s per core, and the ratio to PETRARCH2's published ~150
// sentences/s (which also needs a parser at 2-5 sentences/s).
//   code_speed CORPUS.jsonl [REPEAT]
// Rates are per second of this process's CPU time, so that other work on the machine
// does not lower them (the wall time is printed beside it).
#include <time.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "core/data_dir.h"
#include "pipeline/process.h"

namespace {

double CpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: code_speed CORPUS.jsonl [REPEAT]\n";
    return 2;
  }
  const int repeat = argc > 2 ? std::atoi(argv[2]) : 1;
  std::vector<std::string> warnings;
  const auto t_load = std::chrono::steady_clock::now();
  auto r = dyad::LoadResources(dyad::DataDir(), {}, &warnings);
  if (!r.ok()) {
    std::cerr << r.status().message() << "\n";
    return 2;
  }
  const double load_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t_load).count();
  std::vector<dyad::RawDocument> docs;
  std::ifstream in(argv[1]);
  std::string line;
  size_t bytes = 0;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded()) continue;
    dyad::RawDocument d;
    d.format = "text";
    d.body = j.value("text", "");
    d.date = j.value("date", "");
    bytes += d.body.size();
    docs.push_back(std::move(d));
  }
  size_t sentences = 0, events = 0;
  const auto t0 = std::chrono::steady_clock::now();
  const double cpu0 = CpuSeconds();
  for (int k = 0; k < repeat; ++k) {
    for (const auto& d : docs) {
      std::vector<dyad::Sentence> s;
      auto p = dyad::ProcessDocument(d, *r, &s);
      sentences += s.size();
      events += p.events.size();
    }
  }
  const double secs = CpuSeconds() - cpu0;
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("resources loaded in %.0f ms\n", load_s * 1000);
  std::printf("%zu articles x %d, %zu sentences, %zu events in %.2f s of CPU on one core (%.2f s wall)\n",
              docs.size(), repeat, sentences, events, secs, wall);
  std::printf("%.0f sentences/s, %.1f MB/s per core; %.0fx PETRARCH2's ~150 sentences/s\n",
              sentences / secs, bytes * repeat / 1e6 / secs, sentences / secs / 150.0);
  return 0;
}
