#!/usr/bin/env bash
# Times ingesting a directory of articles into a fresh database (default: PolNeAR train).
#   scripts/bench-ingest.sh [DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-../shared/polnear/train/text}
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
files=$(find "$dir" -name '*.txt' | wc -l)
bytes=$(find "$dir" -name '*.txt' -print0 | xargs -0 cat | wc -c)
start=$(date +%s.%N)
./target/release/claimdb --db "$work/bench.db" ingest "$dir" > "$work/out.txt"
end=$(date +%s.%N)
head -2 "$work/out.txt"
python3 - "$start" "$end" "$files" "$bytes" "$(nproc)" <<'PY'
import sys
start, end, files, size, cores = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
s = end - start
print(f"ingest: {files} articles, {size/1e6:.2f} MB in {s:.2f} s: {files/s:.0f} articles/s, {size/1e6/s:.2f} MB/s ({cores} cores)")
PY
