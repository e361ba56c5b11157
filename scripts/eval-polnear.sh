#!/usr/bin/env bash
# Scores `claimdb extract` on a PolNeAR split with the shared scorer.
#   scripts/eval-polnear.sh [dev|train]     (default: dev)
set -euo pipefail
cd "$(dirname "$0")/.."
split=${1:-dev}
polnear=${POLNEAR:-../shared/polnear}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet
# score.py expects the repository layout data/SPLIT/{text,attributions}.
mkdir -p "$work/repo/data"
ln -s "$(cd "$polnear/$split" && pwd)" "$work/repo/data/$split"
./target/release/claimdb extract "$polnear/$split"/text/*.txt --format jsonl > "$work/pred.jsonl"
python3 ../shared/tools/score.py polnear "$work/repo" "$split" "$work/pred.jsonl"
