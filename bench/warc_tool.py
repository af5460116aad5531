#!/usr/bin/env python3
"""Write WARC files for dyad's benchmarks and tests (Python 3 standard library only).

    python3 bench/warc_tool.py pages OUT.warc[.gz] URL=FILE ...
        one WARC/1.1 "response" record per page (FILE may be .gz), with the URL as
        WARC-Target-URI; pages are wrapped in an HTTP 200 response, text/html, UTF-8.

    python3 bench/warc_tool.py generate OUT.warc[.gz] --mb N [--seed S]
        about N MB (uncompressed) of synthetic news pages written for dyad: an article
        from bench/gen_corpus.py inside page furniture (menus, share bars, related
        stories, cookie notices, comment forms, scripts and styles), mixed with request,
        metadata and image records that dyad must skip. Deterministic for a seed.

A name ending in .gz is compressed record by record (one gzip member per record), as
crawlers write them. The generated pages are dyad's own text; free to reuse.
"""

import argparse
import gzip
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import uuid


def record(kind, url, date, block, content_type, rid):
    head = (
        "WARC/1.1\r\n"
        f"WARC-Type: {kind}\r\n"
        f"WARC-Record-ID: <urn:uuid:{rid}>\r\n"
        f"WARC-Date: {date}\r\n"
        f"WARC-Target-URI: {url}\r\n"
        f"Content-Type: {content_type}\r\n"
        f"Content-Length: {len(block)}\r\n"
        "\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def http_response(body, ctype="text/html; charset=utf-8"):
    head = (
        "HTTP/1.1 200 OK\r\n"
        f"Content-Type: {ctype}\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Server: bench\r\n\r\n"
    ).encode()
    return head + body


class Writer:
    def __init__(self, path):
        self.gz = path.endswith(".gz")
        self.f = open(path, "wb")
        self.raw = 0

    def write(self, rec):
        self.raw += len(rec)
        self.f.write(gzip.compress(rec, compresslevel=6, mtime=0) if self.gz else rec)

    def close(self):
        self.f.close()


def rid_of(*parts):
    return str(uuid.UUID(hashlib.md5("|".join(parts).encode()).hexdigest()))


def cmd_pages(args):
    w = Writer(args.out)
    for item in args.items:
        url, _, path = item.rpartition("=")  # URLs may hold "=", paths do not
        data = open(path, "rb").read()
        if path.endswith(".gz"):
            data = gzip.decompress(data)
        w.write(record("response", url, "2020-12-31T00:00:00Z", http_response(data),
                       "application/http; msgtype=response", rid_of(url, path)))
    w.close()


MENU = ["Home", "World", "Politics", "Business", "Technology", "Science", "Health", "Sport",
        "Culture", "Opinion", "Video", "Weather"]
SCRIPT = "var cfg = {" + ",".join(f'"k{i}": "{"x" * 40}"' for i in range(40)) + "};\n"
STYLE = "".join(f".c{i} {{ margin: {i}px; padding: 0 {i}px; color: #{i:06x}; }}\n" for i in range(120))


def page(article, others, rnd):
    title = article["title"]
    paras = [p for p in article["text"].split("\n") if p.strip()]
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    related = "".join(f'<li><a href="/story/{i}">{o["title"]}</a></li>' for i, o in enumerate(others))
    teasers = "".join(
        f'<div class="teaser"><a href="/t/{i}">{o["title"]}</a><p>{o["text"].split(chr(10))[0][:160]}</p></div>'
        for i, o in enumerate(others[:3]))
    menu = "".join(f'<li><a href="/{m.lower()}">{m}</a></li>' for m in MENU)
    rtl = ' dir="rtl"' if article.get("lang") == "ar" else ""
    layout = rnd.randrange(3)
    if layout == 0:
        main = f'<main><article class="story"><h1>{title}</h1><time datetime="{article["date"]}">{article["date"]}</time>{body}<div class="share-bar">Share on Facebook Share on X</div></article></main>'
    elif layout == 1:
        main = f'<div id="content"><div class="entry-content"><h1>{title}</h1>{body}</div><div class="related-posts"><h3>Related</h3>{teasers}</div></div>'
    else:
        main = f'<table width="100%"><tr><td class="nav">{menu}</td><td><h1>{title}</h1>{body.replace("</p>", "<br><br>").replace("<p>", "")}</td></tr></table>'
    return (f'<!doctype html><html lang="{article.get("lang", "en")}"{rtl}><head><meta charset="utf-8">'
            f'<title>{title} | Bench News</title>'
            f'<meta property="article:published_time" content="{article["date"]}T08:00:00Z">'
            f'<style>{STYLE}</style><script>{SCRIPT}</script></head><body>'
            f'<header><nav><ul>{menu}</ul></nav></header>{main}'
            f'<aside class="sidebar"><h3>Most read</h3><ul>{related}</ul></aside>'
            f'<div class="cookie-banner">We use cookies to improve your experience. Accept</div>'
            f'<section class="comments"><h3>Leave a comment</h3><form><textarea></textarea><button>Post</button></form></section>'
            f'<footer>© Bench News. All rights reserved.</footer><script>{SCRIPT}</script></body></html>').encode()


def cmd_generate(args):
    rnd = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        # A pool of articles to draw from; pages differ by their furniture and neighbours.
        here = os.path.dirname(os.path.abspath(__file__))
        subprocess.run([sys.executable, os.path.join(here, "gen_corpus.py"), "--articles", "3000",
                        "--out", tmp, "--format", "jsonl", "--seed", str(args.seed)],
                       check=True, stderr=subprocess.DEVNULL)
        pool = [json.loads(l) for l in open(os.path.join(tmp, "corpus.jsonl"), encoding="utf-8")]
    for a in pool:
        a["lang"] = "ar" if any("\u0600" <= c <= "\u06ff" for c in a["text"][:200]) else "en"
    w = Writer(args.out)
    target = args.mb * 1_000_000
    n = 0
    while w.raw < target:
        a = pool[n % len(pool)]
        url = f"https://bench.example/{a['date']}/story-{n}"
        date = f"{a['date']}T12:00:00Z"
        others = rnd.sample(pool, 6)
        w.write(record("request", url, date, f"GET /story-{n} HTTP/1.1\r\nHost: bench.example\r\n\r\n".encode(),
                       "application/http; msgtype=request", rid_of("q", str(n))))
        w.write(record("response", url, date, http_response(page(a, others, rnd)),
                       "application/http; msgtype=response", rid_of("r", str(n))))
        if n % 10 == 0:
            img = bytes(rnd.getrandbits(8) for _ in range(2048))
            w.write(record("response", url + ".jpg", date, http_response(img, "image/jpeg"),
                           "application/http; msgtype=response", rid_of("i", str(n))))
            w.write(record("metadata", url, date, b"via: bench\r\n", "application/warc-fields",
                           rid_of("m", str(n))))
        n += 1
    w.close()
    print(f"{args.out}: {n} pages, {w.raw / 1e6:.0f} MB uncompressed, "
          f"{os.path.getsize(args.out) / 1e6:.0f} MB on disk", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pages")
    p.add_argument("out")
    p.add_argument("items", nargs="+")
    g = sub.add_parser("generate")
    g.add_argument("out")
    g.add_argument("--mb", type=int, default=1000)
    g.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    {"pages": cmd_pages, "generate": cmd_generate}[args.cmd](args)


if __name__ == "__main__":
    main()
