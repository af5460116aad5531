// WARC reading (plain, gzip per record, whole-file gzip, zstd), HTTP payloads, charsets,
// and every kind of broken record: each bad record is one problem, the rest is read.
#include "input/warc.h"

#include <gtest/gtest.h>
#include <zlib.h>
#include <zstd.h>

#include <filesystem>
#include <fstream>

#include "core/utf8.h"
#include "input/byte_stream.h"
#include "input/charset.h"
#include "input/documents.h"

namespace dyad {
namespace {

std::string Gzip(const std::string& s) {
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(compressBound(s.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(s.data()));
  zs.avail_in = static_cast<uInt>(s.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::string Record(const std::string& type, const std::string& uri, const std::string& content_type,
                   const std::string& block, const std::string& version = "WARC/1.1") {
  return version + "\r\nWARC-Type: " + type +
         "\r\nWARC-Date: 2025-06-28T10:00:00Z\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\nContent-Type: " +
         content_type + "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block +
         "\r\n\r\n";
}

std::string Http(const std::string& body, const std::string& ctype = "text/html; charset=utf-8",
                 const std::string& status = "200 OK", const std::string& extra = "") {
  return "HTTP/1.1 " + status + "\r\nContent-Type: " + ctype + "\r\n" + extra + "\r\n" + body;
}

std::string Html(const std::string& sentence) {
  return "<html><head><title>T</title></head><body><article><p>" + sentence +
         "</p></article></body></html>";
}

const std::string kResponse = "application/http; msgtype=response";

// The records of a small crawl: two pages among things that are not pages.
std::vector<std::string> Crawl() {
  return {
      Record("warcinfo", "", "application/warc-fields", "software: test\r\n"),
      Record("request", "https://a.example/1", "application/http; msgtype=request",
             "GET /1 HTTP/1.1\r\n\r\n"),
      Record("response", "https://a.example/1", kResponse,
             Http(Html("Baku recalled its envoy on Monday."))),
      Record("response", "https://a.example/logo.png", kResponse, Http("\x89PNG....", "image/png")),
      Record("response", "https://a.example/old", kResponse,
             Http("", "text/html", "301 Moved Permanently")),
      Record("metadata", "https://a.example/1", "application/warc-fields", "via: x\r\n"),
      Record("resource", "https://a.example/2", "text/html",
             Html("Yerevan answered the next day.")),
  };
}

struct Read {
  std::vector<WarcPage> pages;
  std::vector<std::string> problems;
  std::vector<std::string> uris;  // of every record read
};

Read ReadAll(const std::string& bytes, uint64_t max_record = WarcReader::kMaxRecordBytes) {
  Read out;
  WarcReader r(ByteStream::FromMemory(bytes), max_record);
  WarcRecord rec;
  std::string why;
  for (int guard = 0; guard < 1000; ++guard) {
    const auto n = r.Read(&rec, &why);
    if (n == WarcReader::Next::kEnd) break;
    if (n == WarcReader::Next::kProblem) {
      out.problems.push_back(why);
      continue;
    }
    out.uris.push_back(rec.target_uri);
    WarcPage page;
    if (PageOfRecord(rec, &page, &why) == WarcPageResult::kPage) out.pages.push_back(page);
  }
  return out;
}

std::string Join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += x;
  return s;
}

std::string GzipEach(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += Gzip(x);
  return s;
}

}  // namespace

TEST(Warc, ReadsPagesAndSkipsTheRest) {
  Read r = ReadAll(Join(Crawl()));
  EXPECT_TRUE(r.problems.empty());
  ASSERT_EQ(r.pages.size(), 2u);
  EXPECT_EQ(r.pages[0].url, "https://a.example/1");
  EXPECT_EQ(r.pages[0].date, "2025-06-28");
  EXPECT_NE(r.pages[0].html.find("Baku recalled"), std::string::npos);
  EXPECT_EQ(r.pages[0].html.find("HTTP/1.1"), std::string::npos);  // headers are not the page
  EXPECT_NE(r.pages[1].html.find("Yerevan answered"), std::string::npos);
}

// A status of more digits than any status has is no success, and reading it does not
// overflow (found by the fuzzer).
TEST(Warc, OverlongHttpStatusIsSkipped) {
  Read r = ReadAll(Record("response", "https://a.example/x", kResponse,
                          Http(Html("Text."), "text/html", "2011111111111 OK")) +
                   Record("response", "https://a.example/y", kResponse, Http(Html("Kept."))));
  EXPECT_TRUE(r.problems.empty());
  ASSERT_EQ(r.pages.size(), 1u);
  EXPECT_EQ(r.pages[0].url, "https://a.example/y");
}

TEST(Warc, GzipPerRecordWholeFileAndZstd) {
  for (const std::string& bytes : {GzipEach(Crawl()), Gzip(Join(Crawl()))}) {
    Read r = ReadAll(bytes);
    EXPECT_TRUE(r.problems.empty());
    EXPECT_EQ(r.pages.size(), 2u);
  }
  const std::string plain = Join(Crawl());
  std::string z(ZSTD_compressBound(plain.size()), '\0');
  z.resize(ZSTD_compress(z.data(), z.size(), plain.data(), plain.size(), 3));
  EXPECT_EQ(ReadAll(z).pages.size(), 2u);
}

TEST(Warc, Warc10AngleBracketsChunkedAndCompressedPayloads) {
  std::string chunked = Html("Chunked page about the border talks.");
  std::string body = "10\r\n" + chunked.substr(0, 16) + "\r\n" +
                     [&] {
                       char b[16];
                       snprintf(b, sizeof b, "%zx", chunked.size() - 16);
                       return std::string(b);
                     }() +
                     "\r\n" + chunked.substr(16) + "\r\n0\r\n\r\n";
  const std::string records =
      Record("response", "<https://a.example/c>", kResponse,
             Http(body, "text/html", "200 OK", "Transfer-Encoding: chunked\r\n"), "WARC/1.0") +
      Record("response", "https://a.example/g", kResponse,
             Http(Gzip(Html("Compressed page about the border talks.")), "text/html", "200 OK",
                  "Content-Encoding: gzip\r\n"));
  Read r = ReadAll(records);
  EXPECT_TRUE(r.problems.empty());
  ASSERT_EQ(r.pages.size(), 2u);
  EXPECT_EQ(r.pages[0].url, "https://a.example/c");
  EXPECT_EQ(r.pages[0].html, chunked);
  EXPECT_NE(r.pages[1].html.find("Compressed page"), std::string::npos);
}

TEST(Warc, TruncatedLastRecord) {
  std::string bytes = Join(Crawl());
  bytes += Record("response", "https://a.example/3", kResponse,
                  Http(Html("Cut off in the middle of the page.")));
  bytes.resize(bytes.size() - 40);
  Read r = ReadAll(bytes);
  EXPECT_EQ(r.pages.size(), 2u);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].find("truncated"), std::string::npos) << r.problems[0];
  // Compressed and cut inside a gzip member.
  std::string gz = GzipEach(Crawl());
  gz += Gzip(Record("response", "https://a.example/3", kResponse, Http(Html("Cut off."))));
  gz.resize(gz.size() - 20);
  r = ReadAll(gz);
  EXPECT_EQ(r.pages.size(), 2u);
  ASSERT_GE(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].find("truncated"), std::string::npos) << r.problems[0];
}

TEST(Warc, CorruptGzipMemberDoesNotStopTheRest) {
  std::vector<std::string> members;
  for (const auto& rec : Crawl()) members.push_back(Gzip(rec));
  // Damage the deflate data of the first page's member (index 2).
  std::string& bad = members[2];
  for (size_t i = 20; i < bad.size() - 10; i += 7) bad[i] = static_cast<char>(bad[i] ^ 0x5a);
  Read r = ReadAll(Join(members));
  ASSERT_EQ(r.pages.size(), 1u);
  EXPECT_NE(r.pages[0].html.find("Yerevan answered"), std::string::npos);
  // Every record after the bad one is read, the first of them included.
  EXPECT_EQ(r.uris, (std::vector<std::string>{"", "https://a.example/1",
                                              "https://a.example/logo.png", "https://a.example/old",
                                              "https://a.example/1", "https://a.example/2"}));
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].find("record 3: corrupt"), std::string::npos) << r.problems[0];
}

TEST(Warc, BadHeadersLengthsAndGarbage) {
  const std::string good =
      Record("resource", "https://a.example/ok", "text/html", Html("The good page is read."));
  std::string short_length = Record("resource", "https://a.example/s", "text/html",
                                    Html("Length says less than there is."));
  short_length.replace(short_length.find("Content-Length: ") + 16, 3, "10\r");
  std::string no_length =
      "WARC/1.1\r\nWARC-Type: resource\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n\r\n";
  std::string bad_length =
      "WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 12abc\r\n\r\n<p>x</p>\r\n\r\n";
  const std::string bytes = "garbage before the first record\r\n" + good + short_length + good +
                            no_length + good + bad_length + good + "\x01\x02 trailing junk";
  Read r = ReadAll(bytes);
  // The record whose length is too short yields its first 10 bytes (nothing can tell),
  // then the reader finds the next record.
  int good_pages = 0;
  for (const auto& p : r.pages) good_pages += p.url == "https://a.example/ok";
  EXPECT_EQ(good_pages, 4);
  EXPECT_LE(r.pages.size(), 5u);
  EXPECT_GE(r.problems.size(), 4u);
  for (const auto& p : r.problems) EXPECT_NE(p.find("record"), std::string::npos) << p;
}

TEST(Warc, OversizedRecordIsSkipped) {
  const std::string big =
      Record("resource", "https://a.example/big", "text/html", Html(std::string(5000, 'x')));
  const std::string small =
      Record("resource", "https://a.example/small", "text/html", Html("Small page."));
  Read r = ReadAll(big + small, 1000);
  ASSERT_EQ(r.pages.size(), 1u);
  EXPECT_EQ(r.pages[0].url, "https://a.example/small");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].find("over the limit"), std::string::npos);
}

TEST(Charset, DeclaredDetectedAndLying) {
  // "Привет, мир" in windows-1251, declared in the HTTP header.
  const std::string cp1251 = "\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0";
  Read r = ReadAll(Record(
      "response", "https://a.example/ru", kResponse,
      Http("<html><body><p>" + cp1251 + "</p></body></html>", "text/html; charset=windows-1251")));
  ASSERT_EQ(r.pages.size(), 1u);
  EXPECT_NE(r.pages[0].html.find("Привет, мир"), std::string::npos);
  // Declared in a <meta>, Arabic in windows-1256: "سلام".
  const std::string cp1256 = "\xd3\xe1\xc7\xe3";
  Utf8Text t = ToUtf8("<meta charset=\"windows-1256\"><p>" + cp1256 + "</p>",
                      DeclaredHtmlCharset("<meta charset=\"windows-1256\"><p>" + cp1256 + "</p>"));
  EXPECT_NE(t.text.find("سلام"), std::string::npos);
  // Lies: UTF-8 bytes declared as ISO-8859-1 stay UTF-8; Latin-1 bytes declared as
  // UTF-8 are read as what they are.
  EXPECT_EQ(ToUtf8("caf\xc3\xa9", "iso-8859-1").text, "caf\xc3\xa9");
  t = ToUtf8("<p>Le caf\xe9 de la gare est ferm\xe9 depuis lundi, a dit le maire.</p>", "utf-8");
  EXPECT_EQ(utf8::FirstInvalid(t.text), std::string::npos);
  EXPECT_NE(t.text.find("caf\xc3\xa9"), std::string::npos);
  // Unknown label, and a byte-order mark.
  EXPECT_EQ(utf8::FirstInvalid(ToUtf8("caf\xe9", "x-no-such-charset").text), std::string::npos);
  EXPECT_EQ(ToUtf8("\xEF\xBB\xBFhello", "").text, "hello");
  EXPECT_EQ(CharsetOfContentType("text/html; Charset=\"Windows-1256\""), "windows-1256");
  EXPECT_EQ(DeclaredHtmlCharset(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"),
            "koi8-r");
}

TEST(Documents, HtmlFileInAnotherCharsetIsConverted) {
  std::vector<InputProblem> p;
  auto docs =
      ParseDocuments("page.html",
                     "<html><head><meta "
                     "charset=\"windows-1251\"></head><body>\xcf\xf0\xe8\xe2\xe5\xf2</body></html>",
                     &p);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_TRUE(p.empty());
  EXPECT_NE(docs[0].body.find("Привет"), std::string::npos);
  EXPECT_TRUE(docs[0].date.empty());  // HTML: extraction decides (page first, then file name)
}

TEST(Documents, WarcFilesStreamOneRecordAtATime) {
  const std::string dir = testing::TempDir() + "/dyad_warc_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string path = dir + "/crawl.warc.gz";
  std::vector<std::string> recs = Crawl();
  recs.push_back("WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: x\r\n\r\n");
  recs.push_back(Record("resource", "https://a.example/3", "text/html",
                        Html("A third page after a bad record.")));
  std::ofstream(path, std::ios::binary) << GzipEach(recs);
  std::vector<InputProblem> problems;
  auto reader = DocumentReader::Open(path);
  std::vector<RawDocument> docs;
  while (auto d = reader->Next(&problems)) docs.push_back(std::move(*d));
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].origin, path + "#3");
  EXPECT_EQ(docs[0].format, "warc");
  EXPECT_EQ(docs[0].url, "https://a.example/1");
  EXPECT_EQ(docs[0].date, "2025-06-28");
  EXPECT_EQ(docs[2].url, "https://a.example/3");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].path, path);
  EXPECT_NE(problems[0].reason.find("record 8"), std::string::npos) << problems[0].reason;
  // A date given for the run replaces the capture date and the page's own.
  reader = DocumentReader::Open(path, ReadOptions{.date = "2025-01-02"});
  auto d = reader->Next(&problems);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date, "2025-01-02");
  EXPECT_EQ(d->format, "html");
  // The same bytes given whole (dyad code FILE).
  problems.clear();
  EXPECT_EQ(ParseDocuments("x.warc", Join(Crawl()), &problems).size(), 2u);
  EXPECT_TRUE(problems.empty());
  // A WARC with no page in it says so.
  problems.clear();
  EXPECT_TRUE(ParseDocuments("x.warc", Crawl()[0], &problems).empty());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].reason.find("no HTML pages"), std::string::npos);
}

TEST(Documents, ReaderReportsUnreadableAndCorruptFiles) {
  std::vector<InputProblem> problems;
  auto reader = DocumentReader::Open("/nonexistent/dyad/crawl.warc");
  EXPECT_FALSE(reader->Next(&problems));
  ASSERT_EQ(problems.size(), 1u);
  const std::string dir = testing::TempDir() + "/dyad_reader_test";
  std::filesystem::create_directories(dir);
  const std::string gz = Gzip("Plain text article about the talks.\n");
  std::ofstream(dir + "/cut.txt.gz", std::ios::binary) << gz.substr(0, gz.size() / 2);
  problems.clear();
  reader = DocumentReader::Open(dir + "/cut.txt.gz");
  EXPECT_FALSE(reader->Next(&problems));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].reason, "truncated gzip stream");
  std::ofstream(dir + "/ok.txt.gz", std::ios::binary) << gz;
  problems.clear();
  reader = DocumentReader::Open(dir + "/ok.txt.gz");
  auto d = reader->Next(&problems);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->body, "Plain text article about the talks.\n");
  EXPECT_FALSE(reader->Next(&problems));
  EXPECT_TRUE(problems.empty());
}

TEST(ByteStream, LinesAcrossMembersAndChunks) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "line " + std::to_string(i) + "\r\n";
  const std::string gz = Gzip(text.substr(0, 70001)) + Gzip(text.substr(70001));
  auto s = ByteStream::FromMemory(gz);
  std::string line;
  int n = 0;
  while (s->ReadLine(&line)) {
    ASSERT_EQ(line, "line " + std::to_string(n));
    ++n;
  }
  EXPECT_EQ(n, 20000);
  EXPECT_TRUE(s->TakeProblem().empty());
}

}  // namespace dyad
