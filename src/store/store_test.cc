#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>

#include "analysis/relations.h"
#include "store/store.h"

namespace dyad {
namespace {

std::string FreshDb(const std::string& name) {
  const std::string p = testing::TempDir() + "/" + name;
  for (const char* ext : {"", "-wal", "-shm"}) std::filesystem::remove(p + ext);
  return p;
}

Document Doc(const std::string& id, const std::string& date) {
  Document d;
  d.id = id;
  d.origin = "test";
  d.format = "text";
  d.date = date;
  d.lang = "en";
  d.text = "Russian police detained Azerbaijani citizens.";
  return d;
}

Event Ev(const std::string& doc, const std::string& src, const std::string& tgt, const std::string& code,
         int quad, double g, const std::string& date, const std::string& mode = "") {
  Event e;
  e.doc = doc;
  e.source = src;
  e.target = tgt;
  e.code = code;
  e.root = code.substr(0, 2);
  e.quad = quad;
  e.goldstein = g;
  e.date = date;
  e.date_precision = "day";
  e.mode = mode;
  e.evidence = "x";
  e.trigger = {15, 23};
  return e;
}

}  // namespace

TEST(Store, MigratesStoresOnceAndQueries) {
  const std::string path = FreshDb("store_test.db");
  {
    auto s = Store::Open(path);
    ASSERT_TRUE(s.ok()) << s.status().message();
    EXPECT_EQ((*s)->schema_version(), kSchemaVersion);
    ASSERT_TRUE((*s)->Begin().ok());
    EXPECT_TRUE(*(*s)->InsertDocument(Doc("a", "2025-06-28")));
    EXPECT_FALSE(*(*s)->InsertDocument(Doc("a", "2025-06-28")));  // same id: stored once
    EXPECT_TRUE(*(*s)->InsertDocument(Doc("b", "2025-08-09")));
    auto st = (*s)->InsertEvent(Ev("a", "RUSCOP", "AZECVL", "173", 4, -5, "2025-06-28"));
    ASSERT_TRUE(st.ok()) << st.message();
    ASSERT_TRUE((*s)->InsertEvent(Ev("a", "AZE", "RUS", "111", 3, -2, "2025-06-29")).ok());
    ASSERT_TRUE((*s)->InsertEvent(Ev("a", "AZE", "RUS", "190", 4, -10, "2025-06-29", "hypothetical")).ok());
    ASSERT_TRUE((*s)->InsertEvent(Ev("b", "RUS", "AZE", "042", 1, 1.9, "2025-08-09")).ok());
    ASSERT_TRUE((*s)->InsertEvent(Ev("b", "USA", "ARM", "042", 1, 1.9, "2025-08-09")).ok());
    ASSERT_TRUE((*s)->Commit().ok());
  }
  auto s = Store::Open(path, /*read_only=*/true);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(*(*s)->CountDocuments(), 2);
  EXPECT_EQ(*(*s)->CountEvents(), 5);
  EventFilter f;
  f.source = "RUS";
  f.target = "AZE";
  EXPECT_EQ((*s)->Events(f)->size(), 4u);  // both directions, sector codes included
  f.include_all_modes = false;
  EXPECT_EQ((*s)->Events(f)->size(), 3u);
  EventFilter r;
  r.root = "17";
  auto ev = (*s)->Events(r);
  ASSERT_EQ(ev->size(), 1u);
  EXPECT_EQ((*ev)[0].source, "RUSCOP");
  EXPECT_EQ((*ev)[0].trigger.begin, 15u);
  EventFilter d;
  d.since = "2025-07-01";
  EXPECT_EQ((*s)->Events(d)->size(), 2u);
  auto top = (*s)->TopDyads(1);
  ASSERT_EQ(top->size(), 1u);
  EXPECT_EQ((*top)[0].key, "AZE -> RUS");

  auto rel = DyadRelations(**s, "RUS", "AZE", "month", false);
  ASSERT_TRUE(rel.ok());
  ASSERT_EQ(rel->size(), 3u);  // June, an empty July, August
  EXPECT_EQ((*rel)[0].period, "2025-06");
  EXPECT_EQ((*rel)[0].events, 2);  // the hypothetical one is left out
  EXPECT_EQ((*rel)[0].quad[4], 1);
  EXPECT_DOUBLE_EQ((*rel)[0].mean_goldstein, -3.5);
  EXPECT_EQ((*rel)[1].events, 0);
  EXPECT_EQ((*rel)[2].quad[1], 1);
  auto all = DyadRelations(**s, "RUS", "AZE", "month", true);
  EXPECT_EQ((*all)[0].events, 3);
  EXPECT_FALSE(DyadRelations(**s, "RUS", "AZE", "fortnight", false).ok());
  auto usa = DyadRelations(**s, "USA", "ARM", "month", false);
  ASSERT_EQ(usa->size(), 1u);
}

TEST(Store, UndatedEventsComeLast) {
  const std::string path = FreshDb("store_undated.db");
  auto s = Store::Open(path);
  ASSERT_TRUE(s.ok());
  ASSERT_TRUE((*s)->Begin().ok());
  ASSERT_TRUE(*(*s)->InsertDocument(Doc("a", "")));
  ASSERT_TRUE((*s)->InsertEvent(Ev("a", "RUS", "AZE", "173", 4, -5, "")).ok());
  ASSERT_TRUE((*s)->InsertEvent(Ev("a", "RUS", "AZE", "111", 3, -2, "2025-01-03")).ok());
  ASSERT_TRUE((*s)->InsertEvent(Ev("a", "AZE", "RUS", "111", 3, -2, "2008")).ok());
  ASSERT_TRUE((*s)->Commit().ok());
  auto rel = DyadRelations(**s, "RUS", "AZE", "month", false);
  ASSERT_TRUE(rel.ok());
  ASSERT_EQ(rel->size(), 2u);
  EXPECT_EQ((*rel)[0].period, "2025-01");
  EXPECT_EQ((*rel)[1].period, "undated");
  EXPECT_EQ((*rel)[1].events, 2);  // no date, and a year-only date in a monthly series
  auto years = DyadRelations(**s, "RUS", "AZE", "year", false);
  ASSERT_EQ(years->size(), 19u);  // 2008..2025 with the quiet years, then undated
  EXPECT_EQ((*years)[0].period, "2008");
  EXPECT_EQ((*years)[17].period, "2025");
  EXPECT_EQ((*years)[18].period, "undated");
}

TEST(Store, RefusesOtherFiles) {
  const std::string text = FreshDb("not_a_db.db");
  std::ofstream(text) << "this is not sqlite at all, just some words in a file";
  auto a = Store::Open(text);
  ASSERT_FALSE(a.ok());
  EXPECT_NE(a.status().message().find(text), std::string::npos);

  const std::string other = FreshDb("other_app.db");
  sqlite3* db;
  sqlite3_open(other.c_str(), &db);
  sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  auto b = Store::Open(other);
  ASSERT_FALSE(b.ok());
  EXPECT_NE(b.status().message().find("not a dyad database"), std::string::npos);

  const std::string newer = FreshDb("newer.db");
  {
    auto s = Store::Open(newer);
    ASSERT_TRUE(s.ok()) << s.status().message();
  }
  sqlite3_open(newer.c_str(), &db);
  sqlite3_exec(db, "PRAGMA user_version=99;", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  auto c = Store::Open(newer);
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("newer"), std::string::npos);
}

TEST(Relations, NextPeriod) {
  EXPECT_EQ(NextPeriod("2025-12", "month"), "2026-01");
  EXPECT_EQ(NextPeriod("2025-W53", "week"), "2026-W00");
  EXPECT_EQ(NextPeriod("2025", "year"), "2026");
  EXPECT_EQ(NextPeriod("2025-06-01", "day"), "");
}

}  // namespace dyad
