#!/usr/bin/env bash
# Incremental ingest and queries on a database of about 1.2M statements, made from real text.
#   scripts/bench-million.sh DB [ABP_FILE] [NEW_DIR]
# When DB does not exist, it is made (once; about twice an ABP ingest): every ABP article, then
# every ABP article again through scripts/abp-copy.py (other urls, every word but the ones
# extraction names replaced by a fixed letter substitution), so the second copy extracts and
# groups like the first without sharing a statement with it. Keep DB outside the repository.
# Then prints its size (statements, groups by verdict) and runs scripts/bench-scale.sh with
# LARGE_DB=DB: adding 1 and 10 articles (vs 500 ABP articles, about 10k statements), the three
# --limit 50 queries, and `crosscheck --verdict conflict` in full with its time and peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:?usage: scripts/bench-million.sh DB [ABP_FILE] [NEW_DIR]}
abp=${2:-../shared/abp/news.jsonl.gz}
new=${3:-../shared/polnear/dev/text}
cargo build --release --quiet
bin=$PWD/target/release/claimdb
if [[ ! -f $db ]]; then
    copy=$(dirname "$db")/abp-copy.jsonl.gz
    [[ -f $copy ]] || python3 scripts/abp-copy.py "$abp" "$copy"
    for input in "$abp" "$copy"; do
        /usr/bin/time -f "ingest $(basename "$input"): %e s, %M KiB" \
            "$bin" --db "$db" ingest "$input" > /dev/null 2> "$db.ingest.log" || true
        tail -1 "$db.ingest.log"
    done
fi
sqlite3 "$db" "SELECT count(*) || ' articles' FROM articles;
    SELECT count(*) || ' statements' FROM statements;
    SELECT count(*) || ' speakers' FROM speakers;
    SELECT verdict || ': ' || count(*) || ' groups' FROM groups GROUP BY verdict ORDER BY verdict"
LARGE_DB=$db scripts/bench-scale.sh "$abp" "$new"
