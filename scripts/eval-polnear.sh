#!/usr/bin/env bash
# Scores `claimdb extract` on a PolNeAR split with the shared scorer.
#   scripts/eval-polnear.sh [dev|train|train-a|train-b] [--by-rule]     (default: dev)
# train-a and train-b are the two halves of train, split by a hash of the article's file name
# (first hex digit of the SHA-256 of its base name: 0-7 is train-a, 8-f train-b). Rules are
# developed on train-a and checked on train-b; dev is for final figures only.
# --by-rule also scores each construction's statements alone (the jsonl `rule` key): its
# quotations' precision and speaker accuracy (recall figures of a single rule mean little).
# CLAIMDB=ABSOLUTE_PATH scores that binary instead of building this tree (to compare two builds).
set -euo pipefail
cd "$(dirname "$0")/.."
split=${1:-dev}
by_rule=${2:-}
shared=${SHARED:-../shared}   # the shared data and tools (SHARED=/work/shared from a worktree)
polnear=${POLNEAR:-$shared/polnear}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
claimdb=${CLAIMDB:-}
if [[ -z $claimdb ]]; then
    cargo build --release --quiet
    claimdb=./target/release/claimdb
fi
# score.py expects the repository layout data/SPLIT/{text,attributions}.
mkdir -p "$work/repo/data"
case "$split" in
train-a | train-b)
    src=$(cd "$polnear/train" && pwd)
    mkdir -p "$work/repo/data/$split/text" "$work/repo/data/$split/attributions"
    for f in "$src"/text/*.txt; do
        base=$(basename "$f" .txt)
        digit=$(printf '%s' "$base" | sha256sum | cut -c1)
        half=train-b
        [[ $digit == [0-7] ]] && half=train-a
        [[ $half == "$split" ]] || continue
        ln -s "$f" "$work/repo/data/$split/text/"
        ln -s "$src/attributions/$base"_* "$work/repo/data/$split/attributions/"
    done
    ;;
*)
    ln -s "$(cd "$polnear/$split" && pwd)" "$work/repo/data/$split"
    ;;
esac
"$claimdb" extract "$work/repo/data/$split"/text/*.txt --format jsonl > "$work/pred.jsonl"
python3 "$shared/tools/score.py" polnear "$work/repo" "$split" "$work/pred.jsonl"
if [[ $by_rule == --by-rule ]]; then
    for rule in $(python3 -c 'import json,sys; print(" ".join(sorted({json.loads(l).get("rule") or "none" for l in open(sys.argv[1])})))' "$work/pred.jsonl"); do
        python3 -c 'import json,sys
for l in open(sys.argv[1]):
    if (json.loads(l).get("rule") or "none") == sys.argv[2]: print(l, end="")' "$work/pred.jsonl" "$rule" > "$work/rule.jsonl"
        n=$(wc -l < "$work/rule.jsonl")
        q=$(python3 "$shared/tools/score.py" polnear "$work/repo" "$split" "$work/rule.jsonl" | grep '^quotes:')
        echo "rule $rule: statements $n; $q"
    done
fi
