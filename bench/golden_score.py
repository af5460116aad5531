#!/usr/bin/env python3
"""Scores `dyad code --jsonl` on the golden coding suite (tests/golden/coding/*.test).

usage: bench/golden_score.py [DYAD] [GOLDEN_DIR] [--show N] [--exact]
Prints precision/recall/F1 per language at the exact level (source, target, code,
mode) and the root level (source and target countries, 2-digit root), and misses
(root-level misses; with --exact, every sentence whose events differ at all)."""
import json, subprocess, sys, glob, os
from collections import Counter

args = [a for a in sys.argv[1:] if not a.startswith("--")]
exact_misses = "--exact" in sys.argv
show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 0
if show: args = [a for a in args if a != str(show)]
root_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
dyad = args[0] if args else os.path.join(root_dir, "build", "dyad")
gdir = args[1] if len(args) > 1 else os.path.join(root_dir, "tests", "golden", "coding")

cases = []
for path in sorted(glob.glob(os.path.join(gdir, "*.test"))):
    block = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#"):
            continue
        if line.startswith("@ "):
            _, lang, date = line.split()[:3]
            block = {"lang": lang, "date": date, "text": None, "events": [], "file": os.path.basename(path)}
            cases.append(block)
        elif line.startswith(">") and block is not None:
            parts = line[1:].split()
            if parts and parts[0] != "none":
                block["events"].append((parts[0], parts[1], parts[2], parts[3] if len(parts) > 3 else ""))
        elif line.strip() and block is not None and block["text"] is None:
            block["text"] = line.strip()
inp = "\n".join(json.dumps({"id": str(i), "text": c["text"], "date": c["date"], "lang": c["lang"]},
                           ensure_ascii=False) for i, c in enumerate(cases)) + "\n"
out = subprocess.run([dyad, "code", "--jsonl", "-"], input=inp, capture_output=True, text=True).stdout
pred = {}
for line in out.splitlines():
    r = json.loads(line)
    pred[r["id"]] = [(e["source"], e["target"], e["code"], e["mode"] or "") for e in r["events"]]

def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)

stats = {}
misses = []
for i, c in enumerate(cases):
    g, p = c["events"], pred.get(str(i), [])
    for level, key in (("exact", lambda e: e), ("root", lambda e: (e[0][:3], e[1][:3], e[2][:2]))):
        gc, pc = Counter(map(key, g)), Counter(map(key, p))
        tp = sum((gc & pc).values())
        s = stats.setdefault((c["lang"], level), [0, 0, 0])
        s[0] += tp; s[1] += sum(pc.values()) - tp; s[2] += sum(gc.values()) - tp
    root_of = lambda es: Counter((e[0][:3], e[1][:3], e[2][:2]) for e in es)
    if (Counter(g) != Counter(p)) if exact_misses else (root_of(g) != root_of(p)):
        misses.append((c["file"], c["text"], g, p))
print(f"{len(cases)} cases")
print(f"{'lang':<5}{'level':<7}{'P':>7}{'R':>7}{'F1':>7}   tp/fp/fn")
for (lang, level), (tp, fp, fn) in sorted(stats.items()):
    p, r, f = prf(tp, fp, fn)
    print(f"{lang:<5}{level:<7}{p:7.3f}{r:7.3f}{f:7.3f}   {tp}/{fp}/{fn}")
for m in misses[:show]:
    print("\n", m[0], m[1], "\n  gold:", m[2], "\n  pred:", m[3])
