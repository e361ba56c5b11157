#!/bin/bash
# Makes src/crosscheck/stock_phrases.txt, the index keys claimdb treats as stock phrases: the
# word pairs held by at least MIN (default 1000) distinct utterances of a reference corpus, the
# PolNeAR training articles and every ABP article (../shared). Stock phrases are decided by this
# fixed list, not by what a database holds, so cross-checking does not depend on the order
# articles arrive in (see MAX_POSTINGS in src/crosscheck/index.rs for keys not listed).
#
# scripts/make-stock-phrases.sh [MIN] [SHARED_DIR]   (about 3 minutes on 2 cores)
set -euo pipefail
min=${1:-1000}
shared=${2:-../shared}
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet --example stock_phrases
bin=target/release/claimdb
[ -x "$bin" ] || cargo build --release --quiet
"$bin" --db "$work/ref.db" ingest --no-crosscheck "$shared/polnear/train" "$shared/abp/news.jsonl.gz" >/dev/null
out=src/crosscheck/stock_phrases.txt
{
    echo "# Stock phrases: index keys held by at least $min distinct utterances of the reference"
    echo "# corpus (PolNeAR train, all of ABP). Made by scripts/make-stock-phrases.sh; do not edit."
    echo "# phrase<TAB>utterances"
    target/release/examples/stock_phrases "$min" "$work/ref.db"
} >"$out"
echo "$(grep -vc '^#' "$out") stock phrases in $out"
