#!/usr/bin/env python3
"""A second ABP corpus that extracts like the first but shares none of its statements.

    scripts/abp-copy.py SRC.jsonl.gz OUT.jsonl.gz

Each record's url gets another host, and its title and text go through one fixed substitution
of letters (vowels to vowels, consonants to consonants, case kept) applied to every word except
those claimdb's extraction names (cue verbs, titles, pronouns, function words: every word in
a string literal of src/extract/*.rs). Quotation marks, punctuation, capitals and word lengths
stay, so extraction finds the same constructions and cross-checking the same copies, under
other names and other words. Deterministic: the same input gives the same output.
"""
import gzip
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
VOWELS, CONSONANTS = "aeiou", "bcdfghjklmnpqrstvwxyz"
SHIFT = {a: b for s in (VOWELS, CONSONANTS) for a, b in zip(s, s[1:] + s[0])}
SHIFT.update({a.upper(): b.upper() for a, b in SHIFT.items()})
WORD = re.compile(r"[A-Za-z]+")


def kept_words():
    """Every word of every string literal in the extraction's source."""
    words = set()
    for path in (ROOT / "src" / "extract").glob("*.rs"):
        for literal in re.findall(r'"((?:[^"\\]|\\.)*)"', path.read_text()):
            words.update(w.lower() for w in WORD.findall(literal))
    return words


def transform(text, keep):
    def word(m):
        w = m.group(0)
        return w if w.lower() in keep else "".join(SHIFT.get(c, c) for c in w)

    return WORD.sub(word, text)


def main(src, out):
    keep = kept_words()
    with gzip.open(src, "rt") as f, gzip.open(out, "wt") as g:
        for line in f:
            r = json.loads(line)
            for field in ("title", "content_original"):
                if isinstance(r.get(field), str):
                    r[field] = transform(r[field], keep)
            if isinstance(r.get("url"), str):
                r["url"] = re.sub(r"^(https?://)", r"\1copy.", r["url"])
            if "id" in r:
                r["id"] = f"copy-{r['id']}"
            g.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
