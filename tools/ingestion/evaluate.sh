#!/usr/bin/env bash
# Measures the report extraction over the evaluation cases: precision and recall per kind of fact, per case and over
# all, and every fact missed or wrongly found (docs/ingestion.md). Usage: tools/ingestion/evaluate.sh [cases folder]
set -euo pipefail
cd "$(dirname "$0")/../.."
cases="${1:-ingestion/evaluation}"
mvn -q -DskipTests package dependency:build-classpath -pl ingestion -am \
    -Dmdep.outputFile=target/evaluation.classpath -Dmdep.includeScope=runtime
# POI logs through log4j-api: its simple logger keeps the report free of "no logging provider" lines
java -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
    -cp "ingestion/target/classes:domain/target/classes:$(cat ingestion/target/evaluation.classpath)" \
    vn.cchc.ingestion.evaluation.IngestionEvaluation "$cases"
