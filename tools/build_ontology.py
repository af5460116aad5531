#!/usr/bin/env python3
"""Build dyad's CAMEO event ontology table (data/ontology/cameo.tsv).

Usage:
    python3 tools/build_ontology.py SRC_DIR OUT_TSV [--check-triggers FILE ...]

SRC_DIR must contain the three source tables:
    CAMEO.eventcodes.txt      CAMEO code -> description (GDELT lookup table, public)
    CAMEO.goldsteinscale.txt  CAMEO code -> Goldstein value (GDELT lookup table, public)
    cameo2plover-2021.txt     CAMEO -> PLOVER type/mode/context
                              (openeventdata/PLOVER, CC BY-SA 4.0)

Output: one line per CAMEO code (2-, 3- and 4-digit), sorted by code, tab-separated:
    code  root  quad  goldstein  plover_type  plover_mode  name

With --check-triggers, the trigger lexicons (format in data/events/README.md) are
validated against the freshly built ontology and per-root counts are printed.
Exit status is non-zero on any error. Standard library only; output is deterministic.
"""

import os
import re
import sys
import unicodedata
from collections import Counter, OrderedDict

EVENTCODES = "CAMEO.eventcodes.txt"
GOLDSTEIN = "CAMEO.goldsteinscale.txt"
PLOVER = "cameo2plover-2021.txt"

CODE_RE = re.compile(r"^[0-9]{2,4}$")

# Known damage in the GDELT description table (Mac Roman quotes decoded as UTF-8).
NAME_FIXES = {
    "044": "Meet at a 'third' location",
}


def warn(msg):
    print("warning: " + msg, file=sys.stderr)


def read_two_column(path, what):
    """Reads a GDELT two-column lookup table (header line, CODE<TAB>VALUE)."""
    out = OrderedDict()
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\r\n")
            if not line.strip():
                continue
            parts = line.split("\t")
            code = parts[0].strip()
            if lineno == 1 and not CODE_RE.match(code):
                continue  # header
            if len(parts) < 2 or not CODE_RE.match(code):
                raise SystemExit("%s:%d: bad %s line: %r" % (path, lineno, what, line))
            value = " ".join(parts[1].split())  # trim, collapse inner whitespace
            if code in out:
                raise SystemExit("%s:%d: duplicate code %s" % (path, lineno, code))
            out[code] = value
    return out


def parent(code):
    """1823 -> 182 -> 18 -> None."""
    if len(code) == 4:
        return code[:3]
    if len(code) == 3:
        return code[:2]
    return None


def quad_class(root):
    """GDELT QuadClass from the 2-digit root."""
    r = int(root)
    if 1 <= r <= 5:
        return 1  # verbal cooperation
    if 6 <= r <= 8:
        return 2  # material cooperation
    if 9 <= r <= 13:
        return 3  # verbal conflict
    if 14 <= r <= 20:
        return 4  # material conflict
    raise SystemExit("root out of range: %s" % root)


def read_plover(path):
    """Parses cameo2plover: 'CODE: TYPE, MODE, CONTEXT # comment'.

    Irregular lines handled: root lines with only a type ('03: AGREE'), a root listed
    twice with different types ('08: CONCEDE' and '08: RETREAT'), a code listed twice
    (175), codes filed under another root's block (191, 192 under 17; 201 under 18),
    values padded with spaces ('access ', 'ban '), multi-valued contexts ('crime;
    corruption'), and the closing '~~~~~' line. The first entry of a code wins.
    Returns {code: (type, mode)} with '' for an empty mode.
    """
    out = {}
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\r\n")
            body = line.split("#", 1)[0].strip()
            if not body or not re.match(r"^[0-9]", body):
                continue
            m = re.match(r"^([0-9]{2,4})\s*:\s*(.*)$", body)
            if not m:
                warn("%s:%d: unparsed line %r" % (path, lineno, line))
                continue
            code, rest = m.group(1), m.group(2)
            fields = [x.strip() for x in rest.split(",")]
            ptype = fields[0] if fields else ""
            mode = fields[1] if len(fields) > 1 else ""
            if not ptype:
                warn("%s:%d: no PLOVER type for %s" % (path, lineno, code))
                continue
            if code in out:
                if out[code] != (ptype, mode):
                    warn("%s:%d: %s listed again as %s/%s; keeping first %s/%s"
                         % (path, lineno, code, ptype, mode or "-", out[code][0],
                            out[code][1] or "-"))
                continue
            out[code] = (ptype, mode)
    return out


def build(src_dir):
    names = read_two_column(os.path.join(src_dir, EVENTCODES), "event code")
    gold = read_two_column(os.path.join(src_dir, GOLDSTEIN), "goldstein")
    plover = read_plover(os.path.join(src_dir, PLOVER))

    codes = sorted(names)
    problems = 0
    for c in codes:
        if c[:2] not in names:
            print("error: code %s has no root %s" % (c, c[:2]), file=sys.stderr)
            problems += 1
        if len(c) > 2 and parent(c) not in names:
            warn("code %s has no parent %s" % (c, parent(c)))

    for c in sorted(set(gold) - set(names)):
        warn("Goldstein value for unknown code %s ignored" % c)
    for c in sorted(set(plover) - set(names)):
        warn("PLOVER mapping for code %s not in the CAMEO table, ignored" % c)

    rows = []
    missing_gold, inherited, unmapped = [], [], []
    for c in codes:
        root = c[:2]
        g = gold.get(c)
        if g is None:
            g = gold.get(root)
            missing_gold.append(c)
            if g is None:
                print("error: no Goldstein value for %s or its root" % c, file=sys.stderr)
                problems += 1
                g = "0.0"
        g = "%.1f" % float(g)

        p = c
        while p is not None and p not in plover:
            p = parent(p)
        if p is None:
            ptype, pmode = "-", "-"
            unmapped.append(c)
        else:
            ptype, pmode = plover[p]
            pmode = pmode or "-"
            if p != c:
                inherited.append("%s<-%s" % (c, p))

        name = NAME_FIXES.get(c, names[c])
        rows.append((c, root, str(quad_class(root)), g, ptype, pmode, name))

    if missing_gold:
        warn("no Goldstein value, root's value used: " + " ".join(missing_gold))
    return rows, missing_gold, inherited, unmapped, problems


def write(rows, out_path):
    header = [
        "# dyad CAMEO event ontology. Generated by tools/build_ontology.py; do not edit.",
        "# Sources: CAMEO.eventcodes.txt and CAMEO.goldsteinscale.txt (GDELT lookup tables,",
        "#   public); cameo2plover-2021.txt (openeventdata/PLOVER, CC BY-SA 4.0).",
        "# quad = GDELT QuadClass: 1 verbal coop (01-05), 2 material coop (06-08),",
        "#   3 verbal conflict (09-13), 4 material conflict (14-20).",
        "# plover_type/plover_mode: '-' = none; codes absent from cameo2plover inherit from",
        "#   their parent code (1823 <- 182 <- 18); roots 01 and 02 have no PLOVER mapping.",
        "# code\troot\tquad\tgoldstein\tplover_type\tplover_mode\tname",
    ]
    d = os.path.dirname(out_path)
    if d:
        os.makedirs(d, exist_ok=True)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write(h + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


# ---------------------------------------------------------------------------
# Trigger lexicon validation


AR_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def normalise_ar(word):
    w = AR_DIACRITICS.sub("", unicodedata.normalize("NFC", word))
    w = re.sub("[\u0623\u0625\u0622\u0671]", "\u0627", w)
    return w.replace("\u0649", "\u064a").replace("\u0629", "\u0647")


def is_arabic(word):
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


def check_triggers(path, known_codes):
    """Returns (errors, per-root Counter, lines) for one trigger lexicon."""
    errors = 0
    per_root = Counter()
    seen = {}
    seen_norm = {}
    n = 0
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\r\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            where = "%s:%d" % (path, lineno)
            parts = line.split("\t")
            if len(parts) != 2:
                print("error: %s: expected 2 tab-separated fields, got %d" % (where, len(parts)),
                      file=sys.stderr)
                errors += 1
                continue
            code, pattern = parts[0].strip(), parts[1]
            # "-" marks a phrase that is no event (it outmatches a shorter pattern).
            if code != "-" and code not in known_codes:
                print("error: %s: unknown CAMEO code %r" % (where, code), file=sys.stderr)
                errors += 1
                continue
            words = pattern.split(" ")
            if pattern != pattern.strip() or any(w == "" for w in words):
                print("error: %s: empty word (stray space) in %r" % (where, pattern), file=sys.stderr)
                errors += 1
                continue
            if words[0] == "*" or words[-1] == "*":
                print("error: %s: pattern starts or ends with '*': %r" % (where, pattern),
                      file=sys.stderr)
                errors += 1
            for w in words:
                if w != "*" and "*" in w:
                    print("error: %s: '*' inside a word: %r" % (where, pattern), file=sys.stderr)
                    errors += 1
            for a, b in zip(words, words[1:]):
                if a == "*" and b == "*":
                    print("error: %s: two gaps in a row: %r" % (where, pattern), file=sys.stderr)
                    errors += 1
            key = (code, pattern)
            if key in seen:
                print("error: %s: duplicate of line %d (%s\t%s)" % (where, seen[key], code, pattern),
                      file=sys.stderr)
                errors += 1
                continue
            seen[key] = lineno
            norm = " ".join(normalise_ar(w) if is_arabic(w) else w.lower() for w in words)
            if norm in seen_norm:
                other_line, other_code = seen_norm[norm]
                if other_code != code:
                    print("error: %s: pattern %r also coded %s on line %d"
                          % (where, pattern, other_code, other_line), file=sys.stderr)
                    errors += 1
                else:
                    warn("%s: same as line %d after normalisation: %s" % (where, other_line, pattern))
            else:
                seen_norm[norm] = (lineno, code)
            per_root[code[:2]] += 1
            n += 1
    return errors, per_root, n


def main(argv):
    args = list(argv[1:])
    triggers = []
    if "--check-triggers" in args:
        i = args.index("--check-triggers")
        triggers = args[i + 1:]
        args = args[:i]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    src_dir, out_path = args
    rows, missing_gold, inherited, unmapped, problems = build(src_dir)

    codes = [r[0] for r in rows]
    dup = [c for c, k in Counter(codes).items() if k > 1]
    if dup:
        print("error: duplicate codes: %s" % " ".join(dup), file=sys.stderr)
        problems += 1
    write(rows, out_path)

    by_len = Counter(len(c) for c in codes)
    print("wrote %s: %d codes (%d roots, %d 3-digit, %d 4-digit)"
          % (out_path, len(codes), by_len[2], by_len[3], by_len[4]))
    print("quad classes: %s" % ", ".join("%s=%d" % kv for kv in
                                         sorted(Counter(r[2] for r in rows).items())))
    print("goldstein missing (root used): %d%s" % (len(missing_gold),
          (" " + " ".join(missing_gold)) if missing_gold else ""))
    print("PLOVER inherited from parent: %d (%s)" % (len(inherited), " ".join(inherited)))
    print("PLOVER unmapped ('-'): %d (%s)" % (len(unmapped), " ".join(unmapped)))

    if triggers:
        known = set(codes)
        roots = sorted(c for c in codes if len(c) == 2)
        table = {}
        for path in triggers:
            errs, per_root, n = check_triggers(path, known)
            problems += errs
            table[path] = per_root
            missing = [r for r in roots if per_root[r] == 0]
            print("%s: %d patterns, %d errors%s" % (path, n, errs,
                  (", roots not reached: " + " ".join(missing)) if missing else ""))
            if missing:
                problems += 1
        print("root\t" + "\t".join(os.path.basename(p) for p in triggers))
        for r in roots:
            print(r + "\t" + "\t".join(str(table[p][r]) for p in triggers))
        print("total\t" + "\t".join(str(sum(table[p].values())) for p in triggers))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
