#include <gtest/gtest.h>
#include <zlib.h>
#include <zstd.h>

#include <filesystem>
#include <fstream>

#include "input/documents.h"
#include "input/file_bytes.h"
#include "input/paths.h"

namespace dyad {
namespace {

std::string Gzip(const std::string& s) {
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(compressBound(s.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(s.data()));
  zs.avail_in = s.size();
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = out.size();
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

}  // namespace

TEST(FileBytes, GzipRoundTripAndTruncation) {
  const std::string text = "Baku recalled its envoy.\n";
  const std::string gz = Gzip(text);
  auto ok = Gunzip(gz, 1 << 20);
  ASSERT_TRUE(ok.ok()) << ok.status().message();
  EXPECT_EQ(*ok, text);
  auto cut = Gunzip(gz.substr(0, gz.size() / 2), 1 << 20);
  ASSERT_FALSE(cut.ok());
  EXPECT_NE(cut.status().message().find("truncated"), std::string::npos);
  EXPECT_FALSE(Gunzip(Gzip(std::string(5000, 'a')), 100).ok());  // over the size limit
}

TEST(FileBytes, Zstd) {
  const std::string text = "Yerevan and Baku talked.";
  std::string z(ZSTD_compressBound(text.size()), '\0');
  z.resize(ZSTD_compress(z.data(), z.size(), text.data(), text.size(), 3));
  auto ok = Unzstd(z, 1 << 20);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(*ok, text);
  EXPECT_FALSE(Unzstd(z.substr(0, z.size() - 3), 1 << 20).ok());
}

TEST(FileBytes, MissingFile) {
  auto r = ReadInputBytes("/nonexistent/dyad/file.txt");
  EXPECT_FALSE(r.ok());
}

TEST(Documents, DetectsFormat) {
  EXPECT_EQ(DetectFormat("a.html.gz", ""), "html");
  EXPECT_EQ(DetectFormat("a.jsonl", ""), "jsonl");
  EXPECT_EQ(DetectFormat("a.txt", "<html>"), "text");
  EXPECT_EQ(DetectFormat("noext", "  <!DOCTYPE html><html>"), "html");
  EXPECT_EQ(DetectFormat("noext", "{\"text\":\"x\"}\n"), "jsonl");
  EXPECT_EQ(DetectFormat("noext", "Plain words."), "text");
}

TEST(Documents, JsonLinesKeepsGoodLinesAndNamesBadOnes) {
  std::vector<InputProblem> problems;
  const std::string data =
      "{\"url\":\"https://example.org/1\",\"title\":\"T\",\"date\":\"2025-07-01T08:00:00Z\",\"text\":\"One.\"}\n"
      "{not json}\n"
      "\n"
      "[1,2]\n"
      "{\"title\":\"no text\"}\n"
      "{\"text\":\"Two.\",\"date\":\"yesterday\"}\n";
  auto docs = ParseDocuments("feed-2025-06-30.jsonl", data, &problems);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].url, "https://example.org/1");
  EXPECT_EQ(docs[0].date, "2025-07-01");
  EXPECT_EQ(docs[1].date, "2025-06-30");  // unreadable date: falls back to the file name
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_EQ(problems[0].path, "feed-2025-06-30.jsonl:2");
  EXPECT_EQ(problems[1].path, "feed-2025-06-30.jsonl:4");
  EXPECT_EQ(problems[2].path, "feed-2025-06-30.jsonl:5");
  EXPECT_EQ(problems[3].path, "feed-2025-06-30.jsonl:6");
}

TEST(Documents, RejectsEmptyBinaryAndInvalidUtf8) {
  std::vector<InputProblem> p;
  EXPECT_TRUE(ParseDocuments("a.txt", "", &p).empty());
  EXPECT_TRUE(ParseDocuments("b.txt", std::string("PK\x03\x04\0\0", 6), &p).empty());
  EXPECT_TRUE(ParseDocuments("c.txt", "caf\xe9 au lait", &p).empty());
  EXPECT_TRUE(ParseDocuments("d.txt", " \n\t\n", &p).empty());
  ASSERT_EQ(p.size(), 4u);
  EXPECT_NE(p[0].reason.find("empty"), std::string::npos);
  EXPECT_NE(p[1].reason.find("binary"), std::string::npos);
  EXPECT_NE(p[2].reason.find("UTF-8"), std::string::npos);
  auto docs = ParseDocuments("2025-01-02_x.txt", "\xEF\xBB\xBFHello.", &p);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].body, "Hello.");
  EXPECT_EQ(docs[0].date, "2025-01-02");
}

TEST(Paths, ExpandsDirectoriesSortedAndReportsMissing) {
  const std::string dir = testing::TempDir() + "/dyad_paths_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir + "/sub");
  std::ofstream(dir + "/b.txt") << "b";
  std::ofstream(dir + "/a.txt") << "a";
  std::ofstream(dir + "/sub/c.txt") << "c";
  std::ofstream(dir + "/.hidden") << "h";
  std::vector<InputProblem> problems;
  auto files = ExpandPaths({dir, dir + "/missing.txt"}, &problems);
  ASSERT_EQ(files.size(), 3u);
  EXPECT_TRUE(files[0].ends_with("a.txt"));
  EXPECT_TRUE(files[2].ends_with("sub/c.txt"));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_TRUE(problems[0].path.ends_with("missing.txt"));
}

}  // namespace dyad
