#include "code/modes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad {
namespace {

// The project's grammar files use only kinds the coder reads, and every kind they use
// is one: a kind added to the data without its member (or the other way round) shows
// here, not as a silently skipped line.
TEST(ModeWords, ShippedGrammarUsesOnlyKnownKinds) {
  EXPECT_TRUE(ModeWords::KnownKind("negation"));
  EXPECT_TRUE(ModeWords::KnownKind("hand"));
  EXPECT_TRUE(ModeWords::KnownKind("leave_country"));
  EXPECT_FALSE(ModeWords::KnownKind("nonsense"));
  std::vector<std::string> problems;
  auto g = GrammarWords::Load(std::string(DYAD_SOURCE_DIR) + "/data/events", ModeWords::KnownKind,
                              &problems);
  ASSERT_TRUE(g.ok());
  EXPECT_TRUE(problems.empty()) << problems.front();
  EXPECT_NE((*g)->Find("ar", "leave_country"), nullptr);
}

}  // namespace
}  // namespace dyad
