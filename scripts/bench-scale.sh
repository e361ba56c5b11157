#!/usr/bin/env bash
# Cost of adding articles as the database grows, and of queries on a large database.
#   scripts/bench-scale.sh [ABP_FILE] [NEW_DIR]
# Small database: the first 500 ABP articles; large: every ABP article (LARGE_DB=PATH reuses
# one made before, e.g. by `claimdb --db PATH ingest ../shared/abp/news.jsonl.gz`). New
# articles: the first 10 texts of NEW_DIR (default ../shared/polnear/dev/text), which neither
# database holds. Each figure is the median of 3 runs of the whole process, each run on a
# fresh copy of the database.
set -euo pipefail
cd "$(dirname "$0")/.."
abp=${1:-../shared/abp/news.jsonl.gz}
new=${2:-../shared/polnear/dev/text}
cargo build --release --quiet
bin=$PWD/target/release/claimdb
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/one" "$work/ten"
find "$new" -name '*.txt' | sort > "$work/all.txt"
head -10 "$work/all.txt" > "$work/new.txt"
head -1 "$work/new.txt" | xargs -I{} cp {} "$work/one/"
xargs -a "$work/new.txt" -I{} cp {} "$work/ten/"
python3 -c "
import gzip, sys
with gzip.open(sys.argv[1], 'rt') as f, open(sys.argv[2], 'w') as out:
    for i, line in zip(range(500), f):
        out.write(line)" "$abp" "$work/small.jsonl"
"$bin" --db "$work/small.db" ingest "$work/small.jsonl" > /dev/null 2>&1 || true
large=${LARGE_DB:-$work/large.db}
if [[ ! -f $large ]]; then
    "$bin" --db "$large" ingest "$abp" > /dev/null 2>&1 || true
fi
# Brought up to this build's schema first (an ingest of nothing migrates a database), so that no
# timed run converts it; LARGE_DB is migrated in place.
mkdir -p "$work/nothing"
for db in "$large" "$work/small.db"; do
    "$bin" --db "$db" ingest "$work/nothing" > /dev/null 2>&1 || true
done
sqlite3 "$large" "PRAGMA wal_checkpoint(TRUNCATE)" > /dev/null
sqlite3 "$work/small.db" "PRAGMA wal_checkpoint(TRUNCATE)" > /dev/null

median() { sort -n | sed -n 2p; }
statements() { sqlite3 "$1" "SELECT count(*) FROM statements"; }
add() { # db, dir: seconds to ingest dir into a fresh copy of db
    for _ in 1 2 3; do
        cp "$1" "$work/copy.db"
        rm -f "$work/copy.db-wal" "$work/copy.db-shm"
        # Written back now, or the copy's dirty pages are flushed by claimdb's checkpoint.
        sync "$work/copy.db"
        local start end
        start=$(date +%s.%N)
        "$bin" --db "$work/copy.db" ingest "$2" > /dev/null 2>&1 || true
        end=$(date +%s.%N)
        echo "$end - $start" | bc
    done | median
}
echo "machine: $(nproc) cores"
for n in one ten; do
    small_s=$(add "$work/small.db" "$work/$n")
    large_s=$(add "$large" "$work/$n")
    python3 -c "
s, l = $small_s, $large_s
print(f'add $n article(s): {s*1000:.0f} ms into $(statements "$work/small.db") statements, {l*1000:.0f} ms into $(statements "$large") statements: ratio {l/s:.2f}')"
done

query() { # label, args...: median of 5 runs, ms
    local label=$1
    shift
    for _ in 1 2 3 4 5; do
        local start end
        start=$(date +%s.%N)
        "$bin" --db "$large" "$@" > /dev/null
        end=$(date +%s.%N)
        echo "($end - $start) * 1000" | bc
    done | sort -n | sed -n 3p | xargs printf "$label: %.0f ms\n"
}
speaker=$(sqlite3 "$large" "SELECT name FROM speakers s JOIN statements t ON t.speaker_id = s.id GROUP BY s.id ORDER BY count(*) DESC LIMIT 1")
query "who \"$speaker\" --limit 50" who "$speaker" --limit 50
query "statements --search wall --limit 50" statements --search wall --limit 50
query "crosscheck --verdict reworded --limit 50" crosscheck --verdict reworded --limit 50
/usr/bin/time -f "%e %M" -o "$work/time" "$bin" --db "$large" crosscheck --verdict conflict --color never > "$work/conflicts.txt"
read -r secs kb < "$work/time"
echo "crosscheck --verdict conflict, in full: $(grep -c '' "$work/conflicts.txt") lines in ${secs} s, peak memory $((kb / 1024)) MiB"
