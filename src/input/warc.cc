#include "input/warc.h"

#include <algorithm>
#include <cstring>

#include "core/ascii.h"
#include "core/dates.h"
#include "input/charset.h"
#include "input/file_bytes.h"

namespace dyad {
namespace {

constexpr size_t kMaxHeaderLine = 1 << 16;
constexpr int kMaxHeaders = 1000;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

bool IsVersionLine(std::string_view line) {
  return line.starts_with("WARC/1.") || line.starts_with("WARC/0.");
}

// A printable excerpt of bytes for an error message.
std::string Excerpt(std::string_view s) {
  std::string out;
  for (char c : s.substr(0, 30)) out.push_back(c >= 0x20 && c < 0x7f ? c : '?');
  return out;
}

// Decimal digits only; false on anything else or overflow.
bool ParseLength(std::string_view s, uint64_t* v) {
  s = Trim(s);
  if (s.empty() || s.size() > 18) return false;
  uint64_t n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + static_cast<uint64_t>(c - '0');
  }
  *v = n;
  return true;
}

// An HTTP/1.x chunked body decoded; false when body is not chunked after all.
bool Dechunk(std::string_view body, std::string* out) {
  out->clear();
  size_t pos = 0;
  while (pos < body.size()) {
    const size_t eol = body.find('\n', pos);
    if (eol == std::string_view::npos) return false;
    std::string_view size_line = Trim(body.substr(pos, eol - pos));
    if (const size_t semi = size_line.find(';'); semi != std::string_view::npos)
      size_line = size_line.substr(0, semi);
    if (size_line.empty() || size_line.size() > 15) return false;
    uint64_t n = 0;
    for (char c : size_line) {
      const int d =
          std::isxdigit(static_cast<unsigned char>(c))
              ? (std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                                                             : (std::tolower(c) - 'a' + 10))
              : -1;
      if (d < 0) return false;
      n = n * 16 + static_cast<uint64_t>(d);
    }
    pos = eol + 1;
    if (n == 0) return true;
    if (pos + n > body.size()) {  // truncated: keep what is there
      out->append(body.substr(pos));
      return true;
    }
    out->append(body.substr(pos, n));
    pos += n;
    if (pos < body.size() && body[pos] == '\r') ++pos;
    if (pos < body.size() && body[pos] == '\n') ++pos;
  }
  return true;
}

bool LooksLikeHtml(std::string_view payload) {
  const std::string head = AsciiLower(payload.substr(0, 2048));
  return head.find("<html") != std::string::npos ||
         head.find("<!doctype html") != std::string::npos ||
         head.find("<body") != std::string::npos || head.find("<head") != std::string::npos;
}

}  // namespace

bool LooksLikeWarc(std::string_view head) { return IsVersionLine(head); }

bool WarcReader::Resync() {
  while (in_->ReadLine(&line_, kMaxHeaderLine)) {
    if (IsVersionLine(line_)) {
      have_line_ = true;
      return true;
    }
  }
  return false;
}

WarcReader::Next WarcReader::Read(WarcRecord* rec, std::string* problem) {
  *rec = WarcRecord();
  problem->clear();
  auto stream_problem = [&](const std::string& what) {
    std::string p = in_->TakeProblem();
    *problem = "record " + std::to_string(number_) + ": " + what + (p.empty() ? "" : ": " + p);
    return Next::kProblem;
  };
  const int disc_before = in_->discontinuities();
  if (!have_line_) {
    // Records are separated by blank lines.
    do {
      if (!in_->ReadLine(&line_, kMaxHeaderLine)) {
        const std::string p = in_->TakeProblem();
        if (!p.empty()) {
          *problem = p;
          return Next::kProblem;
        }
        return Next::kEnd;
      }
    } while (Trim(line_).empty());
  }
  ++number_;
  if (in_->discontinuities() != disc_before) {
    // Corrupt data where this record should have begun (a bad gzip member): report it;
    // the line just read, after the corrupt stretch, starts the next call.
    have_line_ = true;
    return stream_problem("corrupt compressed data");
  }
  have_line_ = false;
  const int disc = in_->discontinuities();
  rec->number = number_;
  rec->offset = in_->position() - line_.size();
  if (!IsVersionLine(line_)) {
    *problem = "record " + std::to_string(number_) + ": expected \"WARC/1.x\" at byte " +
               std::to_string(rec->offset) + ", found \"" + Excerpt(line_) +
               "\"; skipped to the next record";
    Resync();
    return Next::kProblem;
  }
  rec->version = line_;
  uint64_t length = 0;
  bool has_length = false;
  int headers = 0;
  while (true) {
    if (!in_->ReadLine(&line_, kMaxHeaderLine)) return stream_problem("truncated in its header");
    if (in_->discontinuities() != disc) return stream_problem("corrupt compressed data");
    if (Trim(line_).empty()) break;
    if (IsVersionLine(line_)) {
      // A record cut off before its block: the next one starts here.
      have_line_ = true;
      *problem = "record " + std::to_string(number_) + ": header not terminated";
      return Next::kProblem;
    }
    if (++headers > kMaxHeaders) {
      *problem = "record " + std::to_string(number_) + ": too many header lines";
      Resync();
      return Next::kProblem;
    }
    const size_t colon = line_.find(':');
    if (colon == std::string::npos || line_[0] == ' ' || line_[0] == '\t') continue;
    const std::string name = AsciiLower(Trim(std::string_view(line_).substr(0, colon)));
    std::string_view value = Trim(std::string_view(line_).substr(colon + 1));
    if (name == "content-length") {
      has_length = ParseLength(value, &length);
    } else if (name == "warc-type") {
      rec->type = AsciiLower(value);
    } else if (name == "warc-target-uri") {
      // WARC/1.0 drafts wrote the URI in angle brackets.
      if (value.size() >= 2 && value.front() == '<' && value.back() == '>')
        value = value.substr(1, value.size() - 2);
      rec->target_uri = value;
    } else if (name == "warc-date") {
      rec->date = value;
    } else if (name == "content-type") {
      rec->content_type = value;
    } else if (name == "warc-identified-payload-type") {
      rec->payload_type = value;
    }
  }
  if (!has_length) {
    *problem = "record " + std::to_string(number_) + ": no valid Content-Length";
    Resync();
    return Next::kProblem;
  }
  if (length > max_record_) {
    const uint64_t skipped = in_->Skip(length);
    *problem = "record " + std::to_string(number_) + ": block of " + std::to_string(length) +
               " bytes is over the limit of " + std::to_string(max_record_) + ", skipped";
    if (skipped < length) *problem += " (and truncated)";
    return Next::kProblem;
  }
  in_->Read(static_cast<size_t>(length), &rec->block);
  if (in_->discontinuities() != disc) return stream_problem("corrupt compressed data");
  if (rec->block.size() < length)
    return stream_problem("truncated (" + std::to_string(rec->block.size()) + " of " +
                          std::to_string(length) + " bytes)");
  return Next::kRecord;
}

WarcPageResult PageOfRecord(const WarcRecord& rec, WarcPage* page, std::string* why) {
  *page = WarcPage();
  why->clear();
  if (rec.type != "response" && rec.type != "resource" && rec.type != "conversion") {
    *why = "a " + (rec.type.empty() ? std::string("untyped") : rec.type) + " record";
    return WarcPageResult::kSkip;
  }
  std::string_view payload = rec.block;
  std::string mime = AsciiLower(rec.content_type);
  std::string http_type, transfer, encoding;
  std::string decoded;
  if (rec.type == "response" &&
      (mime.find("application/http") != std::string::npos || payload.starts_with("HTTP/"))) {
    // Status line and headers, up to the first empty line.
    size_t end = payload.find("\r\n\r\n");
    size_t body = end == std::string_view::npos ? end : end + 4;
    if (const size_t e2 = payload.find("\n\n");
        e2 != std::string_view::npos && (end == std::string_view::npos || e2 < end))
      end = e2, body = e2 + 2;
    if (end == std::string_view::npos) {
      *why = "HTTP response without the end of its headers";
      return WarcPageResult::kBad;
    }
    const std::string_view head = payload.substr(0, end);
    const size_t sp = head.find(' ');
    int status = 0;
    if (head.starts_with("HTTP/") && sp != std::string_view::npos) {
      // (A status code has three digits; a longer run is no status and must not
      // overflow: "HTTP/1.1 2011111111111".)
      for (size_t i = sp + 1; i < head.size() && i <= sp + 4 && std::isdigit(static_cast<unsigned char>(head[i]));
           ++i)
        status = status * 10 + (head[i] - '0');
    }
    if (status < 200 || status >= 300) {
      *why = "HTTP status " + std::to_string(status);
      return WarcPageResult::kSkip;
    }
    size_t pos = head.find('\n');
    while (pos != std::string_view::npos && pos < head.size()) {
      const size_t next = head.find('\n', pos + 1);
      const std::string_view line =
          head.substr(pos + 1, (next == std::string_view::npos ? head.size() : next) - pos - 1);
      const size_t colon = line.find(':');
      if (colon != std::string_view::npos) {
        const std::string name = AsciiLower(Trim(line.substr(0, colon)));
        const std::string value = AsciiLower(Trim(line.substr(colon + 1)));
        if (name == "content-type")
          http_type = value;
        else if (name == "transfer-encoding")
          transfer = value;
        else if (name == "content-encoding")
          encoding = value;
      }
      pos = next;
    }
    payload = payload.substr(body);
    mime = http_type;
  }
  if (mime.empty()) mime = AsciiLower(rec.payload_type);
  const bool html_type = mime.find("html") != std::string::npos;
  const bool unknown_type = mime.empty() || mime.find("octet-stream") != std::string::npos ||
                            mime.find("unknown") != std::string::npos;
  if (!html_type && !unknown_type) {
    *why = "not HTML (" + mime.substr(0, mime.find(';')) + ")";
    return WarcPageResult::kSkip;
  }
  // Crawlers differ in whether they store the body as sent (chunked, compressed) or
  // decoded with the headers left as they were; decode only what is still encoded.
  if (transfer.find("chunked") != std::string::npos) {
    std::string dechunked;
    if (Dechunk(payload, &dechunked)) {
      decoded = std::move(dechunked);
      payload = decoded;
    }
  }
  if (encoding.find("gzip") != std::string::npos || encoding.find("deflate") != std::string::npos) {
    if (payload.size() >= 2 && static_cast<unsigned char>(payload[0]) == 0x1f &&
        static_cast<unsigned char>(payload[1]) == 0x8b) {
      auto r = Gunzip(std::string(payload), WarcReader::kMaxRecordBytes);
      if (!r.ok()) {
        *why = "gzip-encoded payload: " + r.status().message();
        return WarcPageResult::kBad;
      }
      decoded = std::move(*r);
      payload = decoded;
    }
  } else if (encoding.find("br") != std::string::npos && !LooksLikeHtml(payload)) {
    *why = "brotli-encoded payload (not supported)";
    return WarcPageResult::kBad;
  }
  if (Trim(payload).empty()) {
    *why = "empty payload";
    return WarcPageResult::kSkip;
  }
  if (!html_type && !LooksLikeHtml(payload)) {
    *why = "not HTML (no type, and the content does not look like HTML)";
    return WarcPageResult::kSkip;
  }
  std::string charset =
      CharsetOfContentType(http_type.empty() ? AsciiLower(rec.content_type) : http_type);
  if (charset.empty()) charset = DeclaredHtmlCharset(payload);
  Utf8Text t = ToUtf8(payload, charset);
  page->html = std::move(t.text);
  page->charset = std::move(t.charset);
  page->url = rec.target_uri;
  page->date = DateOfTimestamp(rec.date);
  return WarcPageResult::kPage;
}

}  // namespace dyad
