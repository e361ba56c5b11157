#!/bin/bash
# Makes the fixed lists of what many people say (src/crosscheck/stock.rs) from one reference
# corpus, the PolNeAR training articles and every ABP article (../shared). They are fixed, so
# cross-checking does not depend on which articles a database holds or the order they arrive in.
# - src/crosscheck/stock_phrases.txt: the index keys (word pairs) held by at least PAIRS_MIN
#   (default 1000) distinct utterances: never used to find candidates (see MAX_POSTINGS in
#   src/crosscheck/index.rs for keys not listed).
# - src/crosscheck/stock_trigrams.txt: the word trigrams of quotations that at least
#   TRIGRAMS_MIN (default 15) distinct speakers say: a short copy made only of them ("a step
#   in the right direction") joins a group only under the group's speaker (copies.rs).
#
# scripts/make-stock-lists.sh [PAIRS_MIN] [TRIGRAMS_MIN] [SHARED_DIR]   (about 6 minutes on 2 cores)
set -euo pipefail
pairs_min=${1:-1000}
trigrams_min=${2:-15}
shared=${3:-../shared}
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet --example stock_lists
bin=target/release/claimdb
[ -x "$bin" ] || cargo build --release --quiet
"$bin" --db "$work/ref.db" ingest --no-crosscheck "$shared/polnear/train" "$shared/abp/news.jsonl.gz" >/dev/null
list() { # NAME MIN WHAT COUNTED
    local out=src/crosscheck/stock_$1.txt
    {
        echo "# Stock $1: $3 by at least $2 distinct $4 of the reference corpus"
        echo "# (PolNeAR train, all of ABP). Made by scripts/make-stock-lists.sh; do not edit."
        echo "# entry<TAB>$4"
        target/release/examples/stock_lists "$1" "$2" "$work/ref.db"
    } >"$out"
    echo "$(grep -vc '^#' "$out") stock $1 in $out"
}
list phrases "$pairs_min" "index keys held" utterances
list trigrams "$trigrams_min" "word trigrams of quotations said" speakers
