#!/usr/bin/env bash
# Long fuzz run of ingest's fuzz target (ArticleReaderFuzzTest's check, through
# ArticleReaderFuzzDriver) with Jazzer's standalone driver, for a given number of executions.
# Stops at the first finding, which is saved in the fuzz test's seed folder (the build replays it).
# Ends with one line: executions, wall time, exec/s, findings. See docs/FUZZING.md. Stop it early
# with SIGINT (kill -INT), not SIGTERM, which Jazzer reports as a finding ("fuzz target exited").
#
#   scripts/fuzz-long.sh [RUNS] [EXTRA_JAZZER_OR_LIBFUZZER_ARGS...]     (default: 10,000,000 runs)
#
# Environment: MAX_LEN (input size limit in bytes, default 1024), HEAP (JVM -Xmx, default 1g),
# WORKERS (parallel fuzzing processes on one shared corpus, default 1: libFuzzer's -jobs/-workers,
# RUNS split evenly between them, each writing its log to ingest/target/fuzz-logs/fuzz-N.log).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-10000000}
shift $(($# > 0 ? 1 : 0))
max_len=${MAX_LEN:-1024}
heap=${HEAP:-1g}
workers=${WORKERS:-1}
seeds="$root/ingest/src/test/resources/dev/redazione/ingest/ArticleReaderFuzzTestInputs/readsWithoutInternalErrors"
corpus="$root/ingest/.cifuzz-corpus/dev.redazione.ingest.ArticleReaderFuzzTest/readsWithoutInternalErrors"
reproducers="$root/ingest/target/fuzz-reproducers"
sanitizers=com.code_intelligence.jazzer.sanitizers
# Sanitizers for sinks ingest never calls (it runs no commands, queries, lookups, scripts or
# deserialisation, compiles no regular expression from input), and RegexRoadblocks, whose hooks
# inside java.util.regex cost more than the whole rest of an execution.
disabled_hooks=$(printf "$sanitizers.%s:" ClojureLangHooks Deserialization \
  ExpressionLanguageInjection LdapInjection NamingContextLookup OsCommandInjection ReflectiveCall \
  RegexInjection RegexRoadblocks ScriptEngineInjection ServerSideRequestForgery SqlInjection \
  XPathInjection)
# Not instrumented: the word and keyword lookups run on every line, where a hooked Map.get walks the
# whole word table and a hooked String.contains copies both strings (a third of an execution).
# Hooks and coverage are excluded apart, so they are left out of both. A name without '*' matches
# that class only: the trailing '*' also takes in their nested classes (KeywordPattern$Guarded).
hot_lookups='dev.redazione.extract.StopWords*:dev.redazione.extract.KeywordPattern*'

cd "$root"
./mvnw -q -o -pl ingest -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/fuzz-classpath.txt -Dmdep.includeScope=test
classpath="$root/ingest/target/test-classes:$root/ingest/target/classes:$(cat ingest/target/fuzz-classpath.txt)"
mkdir -p "$corpus" "$reproducers"
parallel=()
if [ "$workers" -gt 1 ]; then # libFuzzer writes each worker's log to fuzz-N.log in the working directory
  logs="$root/ingest/target/fuzz-logs"
  rm -rf "$logs" && mkdir -p "$logs" && cd "$logs"
  parallel=(-jobs="$workers" -workers="$workers")
  runs=$((runs / workers))
fi
marker=$(mktemp)
trap 'rm -f "$marker" "$marker.log"' EXIT

start=$(date +%s)
status=0
java -Xmx"$heap" -cp "$classpath" com.code_intelligence.jazzer.Jazzer \
  --target_class=dev.redazione.ingest.ArticleReaderFuzzDriver \
  --instrumentation_includes='dev.redazione.**' \
  --disabled_hooks="${disabled_hooks%:}" \
  --instrumentation_excludes="$hot_lookups" --custom_hook_excludes="$hot_lookups" \
  --reproducer_path="$reproducers" \
  -artifact_prefix="$seeds/" \
  -runs="$runs" -max_len="$max_len" -timeout=60 -report_slow_units=60 -rss_limit_mb=3072 \
  -print_final_stats=1 "${parallel[@]}" \
  "$@" "$corpus" "$seeds" 2>&1 | tee "$marker.log" || status=$?
seconds=$(($(date +%s) - start))

# Executions of one log: its final count, or after a finding its last status line's count.
executions_in() {
  grep -a 'stat::number_of_executed_units' "$1" | awk '{print $2}' | tail -1 | grep . \
    || grep -aoE '^#[0-9]+' "$1" | tr -d '#' | tail -1
}
if [ "$workers" -gt 1 ]; then
  executions=0
  for log in fuzz-*.log; do executions=$((executions + $(executions_in "$log" || echo 0))); done
else
  executions=$(executions_in "$marker.log" || true)
fi
findings=$(find "$seeds" -newer "$marker" -type f \( -name 'crash-*' -o -name 'timeout-*' \
  -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
echo "fuzz-long: ${executions:-?} executions in ${seconds} s" \
  "($(( ${executions:-0} / (seconds > 0 ? seconds : 1) )) exec/s), findings: $findings" \
  "(max_len $max_len, workers $workers, exit $status)"
exit "$status"
