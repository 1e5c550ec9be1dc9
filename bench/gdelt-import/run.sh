#!/bin/sh
# The GDELT import benchmark: see README.md beside this script.
# Usage: bench/gdelt-import/run.sh [ROWS] [--repeat N] [--out DIR]
#   ROWS defaults to 10000000; the generated file and databases go to bench/out/ (git-ignored).
set -e
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl entente-core,entente-store -am install -DskipTests -Dspotless.check.skip=true
./mvnw -B -q -pl entente-store test-compile -Dspotless.check.skip=true
./mvnw -B -q -pl entente-store \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
CLASSPATH="entente-store/target/test-classes:entente-store/target/classes:$(cat entente-store/target/bench.classpath)"
exec java -Xmx1g -cp "$CLASSPATH" org.entente.store.bench.GdeltImportBench "$@"
