#!/usr/bin/env bash
# Codes the whole Reuters 1987 corpus (../shared/corpora) with the current coder and prints its
# recall on the ten judged sentence samples, how many events it codes, and the precision of the
# judged event sample kept here, then codes the sets of stories written in today's wire style
# (modern/ to modern-10/) and prints their recall. Usage: bench/accuracy/run.sh [EVENTS.jsonl]
# With EVENTS.jsonl (the output of a previous `entente code` run) the corpus is not coded again.
# A new event sample for judging: score.py sample EVENTS.jsonl 160 SEED OUT.jsonl (README.md).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
shared="${ENTENTE_SHARED:-$(cd "$top/.." && pwd)/shared}"
corpus="$shared/corpora/reuters21578-ir.jsonl"
if [ ! -f "$corpus" ]; then
  echo "bench/accuracy: no $corpus; put the shared data beside the checkout or set ENTENTE_SHARED" >&2
  exit 2
fi
events="${1:-}"
if [ -z "$events" ]; then
  events=$(mktemp --suffix=.jsonl)
  trap 'rm -f "$events"' EXIT
  echo "coding $corpus (a few minutes)..." >&2
  "$top/entente" code "$corpus" --out "$events" 2> >(grep -v '^\[INFO\]' >&2)
fi
echo "events coded: $(wc -l <"$events")"
# each sample: its gold file's suffix and what it is
while IFS='|' read -r suffix what; do
  echo "recall, sample ${suffix:-A} ($what):"
  python3 "$here/score.py" recall "$events" "$here/reuters-recall-gold${suffix:+-$suffix}.jsonl" | sed 's/^/  /'
done <<'SETS'
|150 sentences, used while developing
B|200 sentences, held out
C|200 sentences, judged in session 4, used while developing
D|200 sentences, judged in session 6, held out
E|200 sentences naming two or more countries, judged in session 7, used while developing
F|100 sentences naming two or more parties, judged in session 12, used while developing
G|100 sentences naming two or more parties, judged in session 12, held out
H|200 random sentences, judged in session 13, used while developing
I|200 random sentences, judged in session 14, held out
J|100 sentences naming two or more parties, judged in session 19, used while developing
SETS
for verdicts in "$here"/precision-*verdicts*.jsonl; do
  [ -f "$verdicts" ] || continue
  echo "precision, $(basename "$verdicts") (judged on the commit named in README.md):"
  python3 "$here/score.py" precision "$verdicts" | sed 's/^/  /'
done
# the sets written in the style of today's wires: coded here from their stories, all at once (their
# document ids differ), then scored set by set
coded=$(mktemp --suffix=.jsonl)
"$top/entente" code "$here"/modern*/stories.jsonl --out "$coded" 2> >(grep -v '^\[INFO\]' >&2)
for set in modern $(cd "$here" && ls -d modern-* | sort -V); do
  echo "recall, $set/ (stories written for the project, gold-coded by helpers; README.md):"
  python3 "$here/score.py" recall "$coded" "$here/$set/gold.jsonl" | sed 's/^/  /'
done
rm -f "$coded"
