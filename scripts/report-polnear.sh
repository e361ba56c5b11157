#!/usr/bin/env bash
# Ingests a PolNeAR split (with its metadata.tsv as the manifest) into a temporary database,
# writes the report and screenshots it, to look at the report on news we did not tune on.
#   scripts/report-polnear.sh [train|dev] [OUT_DIR]   (default: train, /tmp/claimdb-report-SPLIT)
set -euo pipefail
cd "$(dirname "$0")/.."
split=${1:-train}
out=${2:-/tmp/claimdb-report-$split}
polnear=${POLNEAR:-/work/shared/polnear}
bin=${CLAIMDB:-target/release/claimdb}
mkdir -p "$out/articles"
cp "$polnear/$split"/text/*.txt "$out/articles/"
# metadata.tsv: compartment filename level annotators publisher publication_date ... wire
# (rows for this split's files only; metadata.tsv covers every split).
ls "$out/articles" | grep '\.txt$' > "$out/files"
awk -F'\t' 'BEGIN { OFS = ","; print "file,url,outlet,published,wire" }
  NR == FNR { here[$1] = 1; next }
  FNR > 1 && ($2 ".txt") in here { wire = ($12 == "None") ? "" : $12; print $2 ".txt", "", $5, $6, wire }' \
  "$out/files" "$polnear/metadata.tsv" > "$out/articles/manifest.csv"
rm -f "$out/claims.db"*
"$bin" --db "$out/claims.db" ingest "$out/articles" > "$out/ingest.log" || echo "some articles were not stored: see $out/ingest.log" >&2
head -1 "$out/ingest.log"
"$bin" --db "$out/claims.db" report -o "$out/report.html"
scripts/screenshot-report.sh "$out/report.html" "$out/report-top.png" 1280x2000
scripts/screenshot-report.sh "$out/report.html" "$out/report-reworded.png" 1280x2000 '#verdict=reworded'
