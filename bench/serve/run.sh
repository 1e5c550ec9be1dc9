#!/bin/sh
# Load test of `entente serve`: see README.md beside this script.
# Usage: bench/serve/run.sh [demo|gdelt|all]   (default all)
#   CLIENTS (16), REQUESTS (2000), GDELT_ROWS (10000000), GDELT_PAIRS (5), PORT (18080)
# Files go to bench/out/serve/ (git-ignored): the demo store, the GDELT file and store, logs.
set -e
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
out=bench/out/serve
mkdir -p "$out"
clients=${CLIENTS:-16}
requests=${REQUESTS:-2000}
rows=${GDELT_ROWS:-10000000}
port=${PORT:-18080}
base="http://127.0.0.1:$port"
client="java bench/serve/LoadClient.java"

./entente --version >/dev/null # builds the runnable jar when the sources changed
jar=entente-cli/target/entente-run.jar

server=""
stop() {
  if [ -n "$server" ]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    server=""
  fi
}
trap stop EXIT INT TERM

serve() { # serve STORE HEAP
  ENTENTE_TOKEN=bench java "-Xmx$2" -XX:+UseParallelGC -jar "$jar" serve --db "$1" --port "$port" \
    >"$out/serve.log" 2>&1 &
  server=$!
  $client wait "$base"
}

what=${1:-all}

# 1. the demo store: 16 clients, 2,000 relation and events requests
demo="$out/demo.duckdb"
if [ "$what" != gdelt ]; then
  if [ ! -f "$demo" ]; then
    echo "making the demo store (entente demo, about a minute)..."
    ./entente demo --db "$demo" >"$out/demo.log"
  fi
  serve "$demo" 2g
  echo "== demo store ($demo): $clients clients, $requests requests on loopback"
  uptime
  $client load "$base" "$clients" "$requests"
  stop
fi
[ "$what" = demo ] && exit 0

# 2. the GDELT store of bench/gdelt-import (generated GDELT 2.0 rows), relation per pair
gdelt="$out/gdelt-$rows.duckdb"
if [ ! -f "$gdelt" ]; then
  file="$out/gdelt2-$rows.export.CSV"
  if [ ! -f "$file" ]; then
    echo "generating $rows GDELT 2.0 rows (bench/gdelt-import's generator)..."
    ./mvnw -B -q -o -pl entente-store -am test-compile -Dspotless.check.skip=true
    java -cp "entente-store/target/test-classes:$jar" bench/serve/GenerateGdelt.java "$file" "$rows"
  fi
  echo "importing them (entente import gdelt)..."
  java -Xmx2g -jar "$jar" import gdelt "$file" --db "$gdelt"
fi
serve "$gdelt" "${GDELT_HEAP:-8g}"
echo "== GDELT store ($gdelt, $rows rows): the relation endpoint per pair, all dates"
uptime
$client pairs "$base" "${GDELT_PAIRS:-5}" "$server"
stop
