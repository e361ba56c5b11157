#!/usr/bin/env python3
"""Compares the speaker name of every statement between claimdb databases made from the same
articles (say, ingested in different orders), by article content hash and statement place.

    scripts/speaker-names-diff.py FIRST.db OTHER.db [MORE.db ...]

Prints, for each other database, how many statements have another speaker name than in the
first, and the most common changes."""
import collections
import sqlite3
import sys


def names(path):
    conn = sqlite3.connect(path)
    return {
        (h, start, end): name
        for h, start, end, name in conn.execute(
            """SELECT a.content_hash, s.start, s.end, sp.name FROM statements s
               JOIN articles a ON a.id = s.article_id LEFT JOIN speakers sp ON sp.id = s.speaker_id"""
        )
    }


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    first = names(sys.argv[1])
    for path in sys.argv[2:]:
        other = names(path)
        both = set(first) & set(other)
        changed = collections.Counter((first[k], other[k]) for k in both if first[k] != other[k])
        n = sum(changed.values())
        print(f"{sys.argv[1]} vs {path}: {len(first)} / {len(other)} statements, {len(both)} in both, "
              f"{n} with another speaker name ({100 * n / max(len(both), 1):.2f}%)")
        for (a, b), count in changed.most_common(15):
            print(f"  {count:6}  {a!r} -> {b!r}")


main()
