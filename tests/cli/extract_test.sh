#!/usr/bin/env bash
# dyad extract (json, text, --explain) and dyad ingest of WARC files: pages are read
# record by record, non-pages skipped, a corrupt record named and the rest stored.
source "$(dirname "$0")/lib.sh"
IN="$WORK/in"
mkdir -p "$IN"
cat > "$IN/2025-07-01_page.html" <<'EOF'
<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Envoys meet in Baku | The Test Gazette</title>
<meta property="article:published_time" content="2025-06-28T09:00:00Z">
<meta name="author" content="Ana Ruiz"><meta property="og:site_name" content="The Test Gazette">
<link rel="canonical" href="https://gazette.example/envoys"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Envoys meet in Baku</h1>
<p>Azerbaijani police detained two Russian citizens in Baku on Monday, officials said.</p>
<p>The Russian foreign ministry summoned the Azerbaijani ambassador in protest.</p>
<div class="share-bar">Share on Facebook</div></article>
<aside class="related"><a href="/x">Army seizes a port city</a></aside>
<div id="cookie-banner">We use cookies.</div></body></html>
EOF
printf '<html><body><nav><a href="/">Home</a></nav></body></html>\n' > "$IN/menu.html"

"$DYAD" extract "$IN/2025-07-01_page.html" > "$WORK/out.json" 2> "$WORK/err"
check "extract exits 0" test $? -eq 0
check "json has the fields" python3 -c '
import json, sys
j = json.loads(open(sys.argv[1]).read())
assert set(j) == {"file", "url", "title", "date", "author", "site", "lang", "text"}, j.keys()
assert j["title"] == "Envoys meet in Baku", j["title"]
assert j["date"] == "2025-06-28", j["date"]
assert j["author"] == "Ana Ruiz" and j["site"] == "The Test Gazette" and j["lang"] == "en"
assert j["url"] == "https://gazette.example/envoys"
assert "detained two Russian citizens" in j["text"] and "summoned the Azerbaijani" in j["text"]
for junk in ("Home", "Share on", "Army seizes", "cookies"):
    assert junk not in j["text"], junk
' "$WORK/out.json"

"$DYAD" extract --format text "$IN/2025-07-01_page.html" > "$WORK/out.txt"
check "text format is the body" grep -q "^The Russian foreign ministry summoned" "$WORK/out.txt"
"$DYAD" extract --explain "$IN/2025-07-01_page.html" > "$WORK/explain.txt"
check "explain shows what was kept" grep -q "^  + Azerbaijani police detained" "$WORK/explain.txt"
check "explain shows what was dropped and why" grep -q "dropped: inside div.share-bar" "$WORK/explain.txt"
check "explain names the date source" grep -q "2025-06-28 (meta article:published_time)" "$WORK/explain.txt"

"$DYAD" extract "$IN/menu.html" "$IN/missing.html" > "$WORK/bad.json" 2> "$WORK/bad.err"
check "bad input exits 1" test $? -eq 1
check "no text is named" grep -q "menu.html: no article text found" "$WORK/bad.err"
check "a missing file is named" grep -q "missing.html: no such file or directory" "$WORK/bad.err"
check "one json object per input, with the error" test "$(grep -c '"error"' "$WORK/bad.json")" -eq 2

# A WARC file, gzip per record: two pages, a request, an image, a corrupt record.
python3 - "$IN" <<'EOF'
import gzip, sys
d = sys.argv[1]
def rec(kind, uri, ctype, block):
    return (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Date: 2025-07-03T10:00:00Z\r\n"
            f"WARC-Target-URI: {uri}\r\nContent-Type: {ctype}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode() + block + b"\r\n\r\n"
def http(body, ctype="text/html; charset=utf-8"):
    return f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\n\r\n".encode() + body
page1 = open(f"{d}/2025-07-01_page.html", "rb").read()
page2 = ("<html><body><div class='post-content'><p>Turkey hosted Armenian officials in "
         "Ankara on Thursday for talks on the border.</p></div></body></html>").encode("cp1254")
records = [
    rec("request", "https://gazette.example/envoys", "application/http; msgtype=request", b"GET / HTTP/1.1\r\n\r\n"),
    rec("response", "https://gazette.example/envoys", "application/http; msgtype=response", http(page1)),
    rec("response", "https://gazette.example/logo.png", "application/http; msgtype=response", http(b"\x89PNG", "image/png")),
    rec("response", "https://gazette.example/broken", "application/http; msgtype=response", http(b"<p>x</p>" * 50)),
    rec("response", "https://gazette.example/ankara", "application/http; msgtype=response",
        http(page2, "text/html; charset=windows-1254")),
]
members = [gzip.compress(r, mtime=0) for r in records]
bad = bytearray(members[3])
for i in range(15, len(bad) - 8, 5):
    bad[i] ^= 0x5A
members[3] = bytes(bad)
open(f"{d}/crawl.warc.gz", "wb").write(b"".join(members))
EOF
"$DYAD" extract "$IN/crawl.warc.gz" > "$WORK/warc.json" 2> "$WORK/warc.err"
check "extract on a WARC exits 1 (one corrupt record)" test $? -eq 1
check "one object per page, one for the bad record" test "$(grep -vc '"error"' "$WORK/warc.json")" -eq 2 -a "$(grep -c '"error"' "$WORK/warc.json")" -eq 1
check "corrupt record named" grep -q "crawl.warc.gz: record 4: corrupt compressed data" "$WORK/warc.err"
check "page URL and date from the page" grep -q '"url": *"https://gazette.example/envoys"' "$WORK/warc.json"
check "charset from the HTTP header" grep -q "Turkey hosted Armenian officials" "$WORK/warc.json"
check "capture date when the page has none" grep -q '"date": *"2025-07-03"' "$WORK/warc.json"

DB="$WORK/t.db"
"$DYAD" ingest -q --db "$DB" "$IN/crawl.warc.gz" 2> "$WORK/ingest.err"
check "ingest exits 1 (one corrupt record)" test $? -eq 1
check "ingest names the corrupt record" grep -q "record 4: corrupt compressed data" "$WORK/ingest.err"
check "ingest stores both pages" test "$(count_docs "$DB")" -eq 2
check "stored as warc with their URLs" test "$(sqlite3 "$DB" "SELECT count(*) FROM documents WHERE format='warc' AND url LIKE 'https://gazette.example/%'")" -eq 2
check "page date beats capture date" test "$(sqlite3 "$DB" "SELECT date FROM documents WHERE url LIKE '%envoys'")" = "2025-06-28"
"$DYAD" ingest -q --db "$WORK/d.db" --date 2025-01-02 "$IN/crawl.warc.gz" 2> /dev/null
check "--date beats both" test "$(sqlite3 "$WORK/d.db" "SELECT count(*) FROM documents WHERE date='2025-01-02'")" -eq 2
finish
