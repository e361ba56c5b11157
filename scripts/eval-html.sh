#!/usr/bin/env bash
# Scores claimdb's HTML reader (src/read/html.rs) on the article-extraction benchmark: 181 real
# pages with hand-checked article text. The benchmark's own evaluate.py, run from a copy of its
# folder as its README says, prints F1, precision, recall and accuracy of word 4-gram shingles
# with bootstrap errors.
#   scripts/eval-html.sh [evaluate.py options, e.g. --n-bootstrap 1000]
#   BENCHMARK=/path/to/article-extraction-benchmark scripts/eval-html.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bench=${BENCHMARK:-../shared/article-extraction-benchmark}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$bench" "$work/bench"
rm -rf "$work/bench/output"
mkdir "$work/bench/output"
cargo build --release --quiet --example html_to_text
./target/release/examples/html_to_text "$work/bench" "$work/bench/output/claimdb.json"
(cd "$work/bench" && python3 evaluate.py "$@")
