#!/usr/bin/env python3
"""Score dyad's geoparser on the LGL corpus (local news with toponyms and GeoNames ids).

Usage:
    python3 bench/geo_lgl.py [--dyad build/dyad] [--lgl ../shared/eval/geo/lgl.xml]
                             [--errors N]

Reads the corpus at run time (it is evaluation data: never copied into the project),
runs `dyad places --jsonl --lang en --all-toponyms` over its articles (LGL counts
countries standing for governments and nationality words as toponyms; with
--locations-only, dyad's default output is scored instead) and prints:

  - toponyms found: precision and recall by span overlap (each gold toponym and each
    found place matched at most once);
  - resolution, over the matched toponyms whose gold has a GeoNames id and that dyad
    resolved: accuracy of the id, and the share within 161 km (100 miles) of the gold
    coordinates (the same id counts as 0 km); and the same counts over all matched gold toponyms with an id
    (unresolved ones counted as misses);
  - the time the run took.

--errors N also prints N examples of each kind of error (for development).
"""

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter


def haversine_km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def load_gold(path):
    docs = []
    for a in ET.parse(path).getroot().iter("article"):
        text = a.findtext("text") or ""
        gold = []
        for t in a.iter("toponym"):
            g = t.find("gaztag")
            item = {"start": int(t.findtext("start")), "end": int(t.findtext("end")),
                    "phrase": t.findtext("phrase"), "id": None}
            if g is not None and g.get("geonameid"):
                item["id"] = int(g.get("geonameid"))
                item["lat"] = float(g.findtext("lat"))
                item["lon"] = float(g.findtext("lon"))
            gold.append(item)
        docs.append({"id": a.get("docid"), "text": text, "date": (a.findtext("dltime") or "")[:10], "gold": gold})
    return docs


def char_offsets(text):
    """Map from UTF-8 byte offset to character offset."""
    m = {}
    b = 0
    for i, ch in enumerate(text):
        m[b] = i
        b += len(ch.encode("utf-8"))
    m[b] = len(text)
    return m


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--dyad", default=os.path.join(here, "..", "build", "dyad"))
    ap.add_argument("--lgl", default=os.path.join(here, "..", "..", "shared", "eval", "geo", "lgl.xml"))
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--locations-only", action="store_true",
                    help="score dyad's default output (no metonyms or nationality words)")
    args = ap.parse_args()

    docs = load_gold(args.lgl)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps({"id": d["id"], "text": d["text"], "date": d["date"]}, ensure_ascii=False) + "\n")
        inp = f.name
    t0 = time.time()
    cmd = [args.dyad, "places", "--jsonl", "--lang", "en", inp]
    if not args.locations_only:
        cmd.insert(2, "--all-toponyms")
    run = subprocess.run(cmd, capture_output=True, text=True)
    elapsed = time.time() - t0
    os.unlink(inp)
    if run.returncode not in (0, 1):
        sys.exit(f"dyad places failed ({run.returncode}): {run.stderr}")
    out = [json.loads(l) for l in run.stdout.splitlines() if l.strip()]
    if len(out) != len(docs):
        sys.exit(f"expected {len(docs)} output lines, got {len(out)}")

    n_gold = n_pred = n_match = 0
    with_id = resolved = exact = near = 0
    errors = {"missed": Counter(), "spurious": Counter(), "wrong": Counter()}
    for d, o in zip(docs, out):
        assert str(o["id"]) == str(d["id"]), (o["id"], d["id"])
        offs = char_offsets(d["text"])
        preds = []
        for p in o["places"]:
            preds.append(dict(p, cb=offs.get(p["begin"], 0), ce=offs.get(p["end"], len(d["text"]))))
        n_gold += len(d["gold"])
        n_pred += len(preds)
        used = set()
        for g in d["gold"]:
            hit = None
            for k, p in enumerate(preds):
                if k not in used and p["cb"] < g["end"] and g["start"] < p["ce"]:
                    hit = k
                    break
            if hit is None:
                errors["missed"][g["phrase"]] += 1
                continue
            used.add(hit)
            n_match += 1
            p = preds[hit]
            if g["id"] is None:
                continue
            with_id += 1
            if p.get("lat") is None:
                continue
            resolved += 1
            same = p.get("geonameid") == g["id"]
            exact += same
            # The same GeoNames id is the same place (distance 0): dyad's centre points of
            # countries and regions are computed, not GeoNames', and may differ.
            if same or haversine_km(p["lat"], p["lon"], g["lat"], g["lon"]) <= 161:
                near += 1
            else:
                errors["wrong"][f'{g["phrase"]} -> {p["name"]} {p["country"]}'] += 1
        for k, p in enumerate(preds):
            if k not in used:
                errors["spurious"][p["text"]] += 1

    def ratio(a, b):
        return a / b if b else 0.0

    print(f"LGL: {len(docs)} articles, {n_gold} gold toponyms, {n_pred} found, dyad places ran {elapsed:.1f} s")
    print(f"toponyms (span overlap): precision {ratio(n_match, n_pred):.3f}  recall {ratio(n_match, n_gold):.3f}"
          f"  F1 {ratio(2 * n_match, n_pred + n_gold):.3f}")
    print(f"resolved {resolved} of {with_id} matched toponyms with a GeoNames id ({ratio(resolved, with_id):.3f})")
    print(f"  on resolved: id accuracy {ratio(exact, resolved):.3f}  within 161 km {ratio(near, resolved):.3f}")
    print(f"  on all matched with an id: id accuracy {ratio(exact, with_id):.3f}  within 161 km {ratio(near, with_id):.3f}")
    if args.errors:
        for kind, c in errors.items():
            print(f"\n{kind} ({sum(c.values())}):")
            for k, v in c.most_common(args.errors):
                print(f"  {v:4d}  {k}")


if __name__ == "__main__":
    main()
