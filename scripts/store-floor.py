"""The store-only floor for scripts/bench-abp.sh: copies the rows of a claimdb database
(speakers, aliases, articles, statements and their full-text index) into a new database with
the same schema, 512 articles a transaction, as claimdb's writer does, with no extraction.

    python3 scripts/store-floor.py SOURCE.db TARGET.db
"""
import sqlite3
import sys

source, target = sys.argv[1], sys.argv[2]
src = sqlite3.connect(source)
dst = sqlite3.connect(target, isolation_level=None)
dst.execute("PRAGMA journal_mode = WAL")
dst.execute("PRAGMA synchronous = NORMAL")
dst.execute("PRAGMA cache_size = -65536")
# Same tables, indexes, triggers and views; FTS5 makes its own shadow tables.
rows = src.execute(
    "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
    "AND name NOT LIKE 'statements_fts_%' "
    "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END"
).fetchall()
for (sql,) in rows:
    dst.execute(sql)


def columns(table):
    return [r[1] for r in src.execute(f"PRAGMA table_info({table})")]


def copy(table, where="", args=()):
    cols = columns(table)
    names = ", ".join(cols)
    marks = ", ".join("?" for _ in cols)
    dst.executemany(
        f"INSERT INTO {table} ({names}) VALUES ({marks})",
        src.execute(f"SELECT {names} FROM {table} {where}", args),
    )


dst.execute("BEGIN")
copy("speakers")
copy("speaker_aliases")
dst.execute("COMMIT")
ids = [r[0] for r in src.execute("SELECT id FROM articles ORDER BY id")]
for i in range(0, len(ids), 512):
    first, last = ids[i], ids[min(i + 511, len(ids) - 1)]
    dst.execute("BEGIN")
    copy("articles", "WHERE id BETWEEN ? AND ?", (first, last))
    copy("statements", "WHERE article_id BETWEEN ? AND ?", (first, last))
    dst.execute(
        "INSERT INTO statements_fts (rowid, text) SELECT id, text FROM statements "
        "WHERE article_id BETWEEN ? AND ?",
        (first, last),
    )
    dst.execute("COMMIT")
