#!/usr/bin/env bash
# Codes real newswire (Reuters-21578, from ../shared/corpora) and prints the coder's cost as a
# fraction of the CoreNLP parse, end-to-end sentences/s with 1 and 2 threads, the constituency
# pipeline PETRARCH2 needs for comparison, and the peak heap. Usage: bench/coder/run.sh [MIN_SENTENCES]
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
./mvnw -B -q -pl entente-core,entente-nlp -am install -DskipTests -Dspotless.check.skip=true >/dev/null
./mvnw -B -q -pl entente-nlp test-compile -Dspotless.check.skip=true >/dev/null
cp_file=$(mktemp)
./mvnw -B -q -pl entente-nlp dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
corpus="${ENTENTE_SHARED:-$top/../shared}/corpora/reuters21578-ir.jsonl"
java ${BENCH_JAVA_OPTS:--Xmx3g -XX:+UseParallelGC} -cp "entente-nlp/target/test-classes:entente-nlp/target/classes:$(cat "$cp_file")" \
  org.entente.nlp.bench.CoderBenchmark "$corpus" "${1:-2000}" 2> >(grep -v INFO >&2)
rm -f "$cp_file"
