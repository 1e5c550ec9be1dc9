#!/usr/bin/env bash
# Codes real newswire (Reuters-21578, from ../shared/corpora) and prints the coder's cost as a
# fraction of the CoreNLP parse, end-to-end sentences/s with 1 and 2 threads, the constituency
# pipeline PETRARCH2 needs for comparison, and the peak heap. Usage: bench/coder/run.sh [MIN_SENTENCES]
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
cp_file=$(mktemp)
# compiles in the reactor (no install: the local repository is shared) and writes the classpath,
# entente-core's target/classes included; entente-nlp, built last, writes the file last
./mvnw -B -q -pl entente-nlp -am test-compile dependency:build-classpath -Dspotless.check.skip=true \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
corpus="${ENTENTE_SHARED:-$top/../shared}/corpora/reuters21578-ir.jsonl"
java ${BENCH_JAVA_OPTS:--Xmx3g -XX:+UseParallelGC} -cp "entente-nlp/target/test-classes:entente-nlp/target/classes:$(cat "$cp_file")" \
  org.entente.nlp.bench.CoderBenchmark "$corpus" "${1:-2000}" 2> >(grep -v INFO >&2)
rm -f "$cp_file"
