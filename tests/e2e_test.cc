// End to end over examples/: ingest with the project's real data, then check that
// specific events come out with the right actors, codes and evidence spans.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "pipeline/ingest.h"

namespace dyad {
namespace {

class Examples : public testing::Test {
 protected:
  // The examples are ingested once per process, by the first test to run. (Not in
  // SetUpTestSuite: a failure there makes GoogleTest skip the tests, which ctest reports
  // as skipped, not failed.) Each test fails when ingesting did not go cleanly.
  void SetUp() override {
    static const std::string error = Ingested();
    ASSERT_TRUE(error.empty()) << error;
  }

  // Ingests the examples into a fresh database; what went wrong, empty when nothing did.
  static std::string Ingested() {
    std::vector<std::string> warnings;
    auto r = LoadResources(std::string(DYAD_SOURCE_DIR) + "/data", {}, &warnings);
    if (!r.ok()) return r.status().message();
    if (!warnings.empty()) return std::to_string(warnings.size()) + " data problems, first: " + warnings[0];
    // One database per process: ctest runs each test in its own process, in parallel.
    const std::string db = testing::TempDir() + "/e2e_examples_" + std::to_string(getpid()) + ".db";
    for (const char* ext : {"", "-wal", "-shm"}) std::filesystem::remove(db + ext);
    auto store = Store::Open(db);
    if (!store.ok()) return store.status().message();
    IngestOptions opt;
    opt.paths = {std::string(DYAD_SOURCE_DIR) + "/examples"};
    std::vector<InputProblem> problems;
    auto rep = Ingest(opt, *r, **store, [&](const InputProblem& p) { problems.push_back(p); });
    if (!rep.ok()) return rep.status().message();
    if (!problems.empty()) return problems[0].path + ": " + problems[0].reason;
    report_ = new IngestReport(*rep);
    auto all = (*store)->Events(EventFilter{});
    if (!all.ok()) return all.status().message();
    events_ = new std::vector<Event>(*all);
    return "";
  }

  // The events whose evidence sentence contains text, with these actors and root.
  static std::vector<const Event*> Find(const std::string& text, const std::string& source,
                                        const std::string& target, const std::string& root) {
    std::vector<const Event*> out;
    for (const auto& e : *events_)
      if (e.evidence.find(text) != std::string::npos && e.source == source && e.target == target &&
          e.root == root)
        out.push_back(&e);
    return out;
  }

  static std::string Cut(const Event& e, Span s) {
    // Spans are offsets into the document; the evidence starts at sentence_span.begin.
    return e.evidence.substr(s.begin - e.sentence_span.begin, s.size());
  }

  static IngestReport* report_;
  static std::vector<Event>* events_;
};

IngestReport* Examples::report_ = nullptr;
std::vector<Event>* Examples::events_ = nullptr;

TEST_F(Examples, ReadsEveryArticle) {
  EXPECT_GE(report_->documents, 20u);
  EXPECT_EQ(report_->stored, report_->documents);
  EXPECT_GE(report_->languages["en"], 6u);
  EXPECT_GE(report_->languages["ar"], 6u);
  EXPECT_GE(events_->size(), 50u);
}

TEST_F(Examples, PoliceRaidInEnglish) {
  auto found = Find("Russian police raided the homes", "RUSCOP", "AZE", "17");
  ASSERT_EQ(found.size(), 1u);
  const Event& e = *found[0];
  EXPECT_EQ(e.code, "173");
  EXPECT_EQ(Cut(e, e.source_span), "Russian police");
  EXPECT_TRUE(Cut(e, e.trigger).starts_with("raided")) << Cut(e, e.trigger);
  // "on Friday" in an article of Saturday 2025-06-28, placed in Yekaterinburg.
  EXPECT_EQ(e.date, "2025-06-27");
  EXPECT_EQ(e.date_precision, "day");
  ASSERT_TRUE(e.place.has_value());
  EXPECT_EQ(e.place->geonameid, 1486209);
  EXPECT_EQ(e.place->country, "RU");
  EXPECT_EQ(e.quad, 4);
  EXPECT_LT(e.goldstein, 0);
  EXPECT_TRUE(e.mode.empty());
  EXPECT_FALSE(e.rule.empty());
}

TEST_F(Examples, AccusationWithComposedTarget) {
  auto found = Find("Baku accused Russian police", "AZE", "RUSCOP", "11");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->code, "1122");  // of killing: of a human rights abuse
  EXPECT_EQ(Cut(*found[0], found[0]->target_span), "Russian police");
}

}  // namespace
}  // namespace dyad
