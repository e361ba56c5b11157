#!/usr/bin/env bash
# Do the quotes of the benchmark's pages come out of the HTML-read text as they do from the
# hand-checked text? Writes both texts for every page (the page's title on the first line of
# each), runs `claimdb extract --format jsonl` on both, and counts statements (kind, speaker and
# words) found in one and not the other.
#   scripts/compare-quotes-html.sh [--list]      (--list prints each difference)
#   BENCHMARK=/path/to/article-extraction-benchmark scripts/compare-quotes-html.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bench=${BENCHMARK:-../shared/article-extraction-benchmark}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/html" "$work/truth"
cargo build --release --quiet --bin claimdb --example html_to_text
./target/release/examples/html_to_text "$bench" "$work/predictions.json" --text "$work/html"
python3 - "$bench/ground-truth.json" "$work/html" "$work/truth" <<'PY'
import json, pathlib, sys
truth, html_dir, truth_dir = json.load(open(sys.argv[1])), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
for page_id, entry in truth.items():
    title = (html_dir / f"{page_id}.txt").read_text().split("\n", 1)[0]
    (truth_dir / f"{page_id}.txt").write_text(f"{title}\n\n{entry['articleBody']}\n")
PY
./target/release/claimdb extract "$work"/html/*.txt --format jsonl > "$work/html.jsonl"
./target/release/claimdb extract "$work"/truth/*.txt --format jsonl > "$work/truth.jsonl"
python3 - "$work/html.jsonl" "$work/truth.jsonl" "${1:-}" <<'PY'
import collections, json, re, sys

def statements(path):
    found = collections.Counter()
    for line in open(path):
        s = json.loads(line)
        words = " ".join(re.findall(r"\w+", s["text"].lower()))
        found[(s["article"], s["kind"], s["speaker"], words)] += 1
    return found

html, truth = statements(sys.argv[1]), statements(sys.argv[2])
only_html, only_truth = html - truth, truth - html
print(f"statements from HTML-read text:    {sum(html.values())}")
print(f"statements from hand-checked text: {sum(truth.values())}")
print(f"in both:                           {sum((html & truth).values())}")
print(f"only from HTML-read text:          {sum(only_html.values())}")
print(f"only from hand-checked text:       {sum(only_truth.values())}")
pages = {key[0] for key in only_html} | {key[0] for key in only_truth}
print(f"pages with a difference:           {len(pages)} of {len({k[0] for k in html} | {k[0] for k in truth})} with statements")
if sys.argv[3] == "--list":
    for label, diff in (("HTML only", only_html), ("hand-checked only", only_truth)):
        for (article, kind, speaker, words), n in sorted(diff.items(), key=str):
            print(f"{label}\t{article[:12]}\t{kind}\t{speaker}\t{words[:100]}")
PY
