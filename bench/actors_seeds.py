#!/usr/bin/env python3
"""Are the actors of the seeds' key events recognised in their sentences?

Usage:
    python3 bench/actors_seeds.py [DYAD] [SHARED]

DYAD: the dyad binary (default build/dyad); SHARED: the shared data directory
(default ../shared next to the repository). Reads SHARED/eval/events/seeds-expected.json
and the seed articles SHARED/seeds/<id>.txt, runs `dyad actors --jsonl` on each article
(in its language, without a date, as the seeds have none) and reports, for every key
event, whether one sentence holds both its source and its target code (the code or a
more specific one, as `dyad events --actor` matches codes: RUSGOV is a RUS; failing
that, the same countries), and for every actor code whether it is found at all.
Nothing from the seeds is written anywhere; only counts and codes are printed.
Exit status 0 when every actor of every key event is found in a sentence with its
counterpart, 1 otherwise.
"""

import json
import os
import subprocess
import sys
from collections import defaultdict


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    dyad = argv[1] if len(argv) > 1 else os.path.join(repo, "build", "dyad")
    shared = argv[2] if len(argv) > 2 else os.path.join(os.path.dirname(repo), "shared")
    gold = json.load(open(os.path.join(shared, "eval", "events", "seeds-expected.json"), encoding="utf-8"))
    lines = []
    for rec in gold:
        with open(os.path.join(shared, "seeds", rec["id"] + ".txt"), encoding="utf-8") as f:
            lines.append(json.dumps({"id": rec["id"], "text": f.read(), "lang": rec.get("lang", "")}))
    out = subprocess.run([dyad, "actors", "--jsonl"], input="\n".join(lines) + "\n", capture_output=True,
                         text=True, check=False)
    if out.returncode not in (0, 1):
        sys.stderr.write(out.stderr)
        return 2
    found = {}
    for line in out.stdout.splitlines():
        rec = json.loads(line)
        by_sentence = defaultdict(set)
        for a in rec["actors"]:
            by_sentence[a["sentence"]].add(a["code"])
        found[rec["id"]] = by_sentence

    events = exact = country = 0
    actors_total = actors_found = 0
    misses = []
    for rec in gold:
        sents = found.get(rec["id"], {})
        codes_anywhere = set().union(*sents.values()) if sents else set()
        for ev in rec["events"]:
            src, tgt = ev["sourcecode"], ev["targetcode"]
            events += 1
            def has(codes, want):
                return any(x.startswith(want) for x in codes)
            if any(has(c, src) and has(c, tgt) for c in sents.values()):
                exact += 1
            elif any(any(x[:3] == src[:3] for x in c) and any(x[:3] == tgt[:3] for x in c) for c in sents.values()):
                country += 1
                misses.append("%s %s->%s: same countries, other sectors" % (rec["id"][:3], src, tgt))
            else:
                misses.append("%s %s->%s: not in one sentence" % (rec["id"][:3], src, tgt))
            for code in (src, tgt):
                actors_total += 1
                actors_found += any(x.startswith(code) for x in codes_anywhere)
    print("key events: %d; both actors in one sentence: %d (code or more specific), %d same countries only, %d missing"
          % (events, exact, country, events - exact - country))
    print("actor codes found in their article: %d of %d" % (actors_found, actors_total))
    for m in misses:
        print("  " + m)
    return 0 if exact == events else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
