// Character sets: what a page declares, what its bytes are, and conversion to UTF-8
// (ICU). dyad works in UTF-8 only; everything is converted on the way in.
#pragma once

#include <string>
#include <string_view>

namespace dyad {

// The charset parameter of a Content-Type value ("text/html; charset=windows-1256"),
// lower-case, or empty.
std::string CharsetOfContentType(std::string_view content_type);

// The charset an HTML page declares in its first bytes (<meta charset> or
// <meta http-equiv="Content-Type" content="...; charset=...">), lower-case, or empty.
std::string DeclaredHtmlCharset(std::string_view html);

struct Utf8Text {
  std::string text;
  std::string charset;  // the charset the bytes were read as
};

// bytes as UTF-8. Pages often lie about their charset, so: bytes that are valid UTF-8
// are taken as UTF-8 whatever is declared; otherwise the declared charset (HTTP header or
// meta, ISO-8859-1 read as windows-1252 as browsers do) when ICU knows it and it is not
// UTF-8; otherwise ICU's detection. Never fails: bytes that cannot be decoded become
// U+FFFD. A byte-order mark is honoured and removed.
Utf8Text ToUtf8(std::string_view bytes, std::string_view declared);

}  // namespace dyad
