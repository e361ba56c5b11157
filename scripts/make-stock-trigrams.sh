#!/bin/bash
# Makes src/crosscheck/stock_trigrams.txt: the word trigrams of quotations that at least MIN
# (default 15) distinct speakers say in a reference corpus, the PolNeAR training articles and
# every ABP article (../shared). A short copy made only of them ("a step in the right
# direction") is a stock phrase: it joins a group only under the group's speaker
# (src/crosscheck/copies.rs). The list is fixed, so this does not depend on what a database
# holds or the order articles arrive in.
#
# scripts/make-stock-trigrams.sh [MIN] [SHARED_DIR]   (about 5 minutes on 2 cores)
set -euo pipefail
min=${1:-15}
shared=${2:-../shared}
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet --example stock_trigrams
bin=target/release/claimdb
[ -x "$bin" ] || cargo build --release --quiet
"$bin" --db "$work/ref.db" ingest --no-crosscheck "$shared/polnear/train" "$shared/abp/news.jsonl.gz" >/dev/null
out=src/crosscheck/stock_trigrams.txt
{
    echo "# Stock trigrams: word trigrams of quotations said by at least $min distinct speakers of the"
    echo "# reference corpus (PolNeAR train, all of ABP). Made by scripts/make-stock-trigrams.sh; do not edit."
    echo "# trigram<TAB>speakers"
    target/release/examples/stock_trigrams "$min" "$work/ref.db"
} >"$out"
echo "$(grep -vc '^#' "$out") stock trigrams in $out"
