#!/usr/bin/env bash
# Codes the PLOVER gold-standard development records (../shared/reference/plover) with the current
# coder and prints record recall and precision (a lower bound) at country+root level, the figures
# to compare before and after a coder change. Builds the jar first when sources changed (./entente).
# Usage: bench/plover/run.sh [more validate options, e.g. --why or --format json]
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
shared="${ENTENTE_SHARED:-$(cd "$top/.." && pwd)/shared}"
gold="$shared/reference/plover/PLOVER_GSR_CAMEO.dev.json"
if [ ! -f "$gold" ]; then
  echo "bench/plover: no $gold; put the shared reference data beside the checkout or set ENTENTE_SHARED" >&2
  exit 2
fi
report=$(mktemp)
trap 'rm -f "$report"' EXIT
status=0
"$top/entente" validate "$gold" "$@" >"$report" 2> >(grep -v -e '^\[INFO\]' -e '^entente: [0-9,]* documents' >&2) || status=$?
if [ "$#" -gt 0 ]; then
  cat "$report"
else
  awk '/record recall/ { sub(/^ +/, ""); print "PLOVER dev: " $0 }
       /^  level / && !header { print; header = 1 }
       /^  (strict|country\+root|root) / { print }' "$report"
fi
exit "$status"
