#!/bin/sh
# Where an ingest's CPU goes, thread by thread: ingests INPUT into a new database under perf
# (software clock samples, 500 a second, so it works where hardware counters do not) and prints
# each thread's on-CPU seconds, busiest first. In an ingest the busiest is the cross-checker,
# then the writer (main thread), then the extraction threads (rayon).
#
#   scripts/bench-threads.sh [INPUT] [CLAIMDB]
#
# INPUT defaults to ../shared/abp/news.jsonl.gz, CLAIMDB to target/release/claimdb. Needs perf.
set -eu
input=${1:-../shared/abp/news.jsonl.gz}
claimdb=${2:-target/release/claimdb}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/time -f "%e s wall, %U s user, %S s sys, peak memory %M KiB" \
    perf record -q -e cpu-clock -F 500 -o "$work/perf.data" \
    "$claimdb" --db "$work/bench.db" ingest "$input" >/dev/null 2>"$work/ingest.err" ||
    { cat "$work/ingest.err" >&2; exit 1; }
tail -n 1 "$work/ingest.err"
perf script -i "$work/perf.data" -F tid 2>/dev/null | sort | uniq -c | sort -rn |
    awk '{ printf "thread %s: %.1f s on a CPU\n", $2, $1 / 500 }' | head -n 6
