#include "input/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "core/ascii.h"
#include "core/utf8.h"

namespace dyad {
namespace {

// The value after "charset=" in s (quotes and spaces trimmed), lower-case.
std::string CharsetAfter(std::string_view s) {
  const std::string low = AsciiLower(s);
  const size_t p = low.find("charset");
  if (p == std::string::npos) return {};
  size_t i = p + 7;
  while (i < low.size() && (low[i] == ' ' || low[i] == '\t')) ++i;
  if (i >= low.size() || low[i] != '=') return {};
  ++i;
  while (i < low.size() && (low[i] == ' ' || low[i] == '"' || low[i] == '\'')) ++i;
  size_t j = i;
  while (j < low.size() && (std::isalnum(static_cast<unsigned char>(low[j])) || low[j] == '-' ||
                            low[j] == '_' || low[j] == '.' || low[j] == ':'))
    ++j;
  return low.substr(i, j - i);
}

bool IsUtf8Name(const std::string& c) { return c == "utf-8" || c == "utf8"; }

// ICU's name for a charset label, or empty when ICU does not know it.
std::string KnownCharset(std::string label) {
  if (label == "iso-8859-1" || label == "latin1" || label == "us-ascii" || label == "ascii")
    label = "windows-1252";  // as the HTML standard says browsers must
  UErrorCode err = U_ZERO_ERROR;
  UConverter* c = ucnv_open(label.c_str(), &err);
  if (U_FAILURE(err) || !c) return {};
  const char* name = ucnv_getName(c, &err);
  std::string out = U_SUCCESS(err) && name ? name : label;
  ucnv_close(c);
  return out;
}

std::string Detect(std::string_view bytes) {
  UErrorCode err = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&err);
  if (U_FAILURE(err)) return {};
  // The head of a page is enough to tell its charset, and keeps detection cheap.
  const int32_t n = static_cast<int32_t>(std::min<size_t>(bytes.size(), 1 << 16));
  ucsdet_setText(det, bytes.data(), n, &err);
  ucsdet_enableInputFilter(det, true);  // ignore markup
  const UCharsetMatch* m = ucsdet_detect(det, &err);
  std::string name;
  if (U_SUCCESS(err) && m) {
    const char* nm = ucsdet_getName(m, &err);
    if (U_SUCCESS(err) && nm) name = nm;
  }
  ucsdet_close(det);
  return name;
}

std::string Convert(std::string_view bytes, const std::string& charset) {
  icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), charset.c_str());
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace

std::string CharsetOfContentType(std::string_view content_type) {
  return CharsetAfter(content_type);
}

std::string DeclaredHtmlCharset(std::string_view html) {
  // HTML's own rule looks at the first 1024 bytes; pages with long heads put the meta
  // later, so look a little further.
  const std::string head = AsciiLower(html.substr(0, 8192));
  size_t p = 0;
  while ((p = head.find("<meta", p)) != std::string::npos) {
    const size_t end = head.find('>', p);
    const std::string_view tag(head.data() + p, (end == std::string::npos ? head.size() : end) - p);
    std::string c = CharsetAfter(tag);
    if (!c.empty()) return c;
    p += 5;
  }
  return {};
}

Utf8Text ToUtf8(std::string_view bytes, std::string_view declared_in) {
  Utf8Text out;
  if (bytes.starts_with("\xEF\xBB\xBF"))
    bytes.remove_prefix(3);
  else if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    out.charset = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    out.text = Convert(bytes.substr(2), out.charset);
    return out;
  }
  if (utf8::FirstInvalid(bytes) == std::string_view::npos) {
    out.text.assign(bytes);
    out.charset = "UTF-8";
    return out;
  }
  const std::string declared = AsciiLower(declared_in);
  std::string charset;
  if (!declared.empty() && !IsUtf8Name(declared)) charset = KnownCharset(declared);
  if (charset.empty()) charset = Detect(bytes);
  // Detection can still answer UTF-8 for mostly valid bytes: repair then.
  if (charset.empty() || IsUtf8Name(AsciiLower(charset))) {
    out.text = utf8::Repair(bytes);
    out.charset = "UTF-8 (repaired)";
    return out;
  }
  out.text = Convert(bytes, charset);
  out.charset = charset;
  return out;
}

}  // namespace dyad
