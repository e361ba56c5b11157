#!/usr/bin/env bash
# Bulk ingest of the ABP file (29,297 real articles): time, rate and peak memory of a full
# ingest (read, extract, store, cross-check), of the same without cross-checking, and of a
# store-only floor (scripts/store-floor.py: the same rows into the same schema, no extraction).
#   scripts/bench-abp.sh [FILE]        (default ../shared/abp/news.jsonl.gz)
# ONLY=store skips the full ingest (which takes about 17 minutes on 2 cores today).
set -euo pipefail
cd "$(dirname "$0")/.."
file=${1:-../shared/abp/news.jsonl.gz}
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mb=$(python3 - "$file" <<'PY'
import gzip, json, sys
n = 0
with gzip.open(sys.argv[1], "rt") as f:
    for line in f:
        r = json.loads(line)
        n += len((r.get("title") or "").encode()) + len((r.get("content_original") or "").encode())
print(f"{n / 1e6:.1f}")
PY
)
run() { # name, db, extra args
    local name=$1 db=$2
    shift 2
    /usr/bin/time -f "%e %M" -o "$work/time" ./target/release/claimdb --db "$db" ingest "$@" "$file" \
        > "$work/out" 2> "$work/err" || true
    # (time writes "Command exited with non-zero status 1" first when some records failed)
    read -r secs kb < <(tail -1 "$work/time")
    local articles
    articles=$(sqlite3 "$db" "SELECT count(*) FROM articles")
    python3 -c "
s, kb, n, mb = $secs, $kb, $articles, $mb
print(f'$name: {n} articles, {mb} MB of text in {s:.1f} s: {n/s:.0f} articles/s, {mb/s:.2f} MB/s, peak memory {kb/1024:.0f} MiB ($(nproc) cores)')"
}
if [[ ${ONLY:-} != store ]]; then
run "full ingest" "$work/full.db"
echo "  $(sqlite3 "$work/full.db" "SELECT count(*) || ' statements, ' || (SELECT count(*) FROM groups) || ' groups, the largest ' || (SELECT max(members) FROM groups) || ' copies, ' || (SELECT count(*) FROM groups WHERE members >= 10) || ' with 10+' FROM statements")"
echo "  $(du -m "$work/full.db" | cut -f1) MB database; $(grep -c 'is not a date' "$work/err" || true) records refused for their date"
fi
run "without cross-check" "$work/store.db" --no-crosscheck
start=$(date +%s.%N)
python3 scripts/store-floor.py "$work/store.db" "$work/floor.db"
end=$(date +%s.%N)
python3 -c "print(f'store-only floor (Python sqlite3, same rows and schema, 512 articles a transaction): {$end - $start:.1f} s')"
