#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for a while, one after the other.
#
#   Fuzz/run.sh [SECONDS] [TARGET ...]    fuzz each TARGET (Segmenter, Fix; default both) for SECONDS (default 600)
#   Fuzz/run.sh replay [TARGET ...]       run the seeds and saved crashes once each, no fuzzing
#
# New inputs go to Fuzz/.build/corpus/TARGET (the committed seeds in
# Fuzz/Corpus/TARGET are only read); crashes are written to
# Fuzz/Crashes/TARGET-crash-*. Exits non-zero if a fuzzer found a crash,
# a timeout, a leak or ran out of memory.
#
# Environment: FUZZ_CONFIG=release builds with -O (about 6x the executions per
# second, but almost no coverage counters survive it: use the default debug);
# FUZZ_NICE (default 10) for `nice -n`; FUZZ_BUILD=0
# skips the build; FUZZ_MAX_LEN (default 8192); FUZZ_ARGS adds libFuzzer flags
# (e.g. "-seed=1").
set -uo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"

mode="${1:-600}"
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(Segmenter Fix)

config="${FUZZ_CONFIG:-debug}"
nice_level="${FUZZ_NICE:-10}"
max_len="${FUZZ_MAX_LEN:-8192}"
read -r -a extra <<<"${FUZZ_ARGS:-}"

if [ "${FUZZ_BUILD:-1}" != 0 ]; then
  # --sanitize=fuzzer so SwiftPM leaves out the `--defsym main=<Target>_main`
  # entry-point rename and libFuzzer's main links; it instruments only this
  # package's targets, so -Xswiftc -sanitize=fuzzer,address adds the coverage
  # counters of the main package's modules (without them libFuzzer is blind),
  # and -Xcc the same for its C targets (the word-break rules live in one).
  nice -n "$nice_level" swift build -c "$config" -j "${FUZZ_BUILD_JOBS:-2}" \
    --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
    -Xcc -fsanitize=fuzzer-no-link,address || exit 2
fi
bin="$(swift build -c "$config" --sanitize=fuzzer --sanitize=address --show-bin-path)"

# Swift's own backtracer can hang under ASan (it reads the shadow gap); libFuzzer prints the stack.
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"

mkdir -p Crashes
status=0
for target in "${targets[@]}"; do
  fuzzer="$bin/Fuzz$target"
  [ -x "$fuzzer" ] || { echo "run.sh: no fuzzer Fuzz$target" >&2; exit 2; }
  if [ "$mode" = replay ]; then
    shopt -s nullglob
    crashes=(Crashes/"$target"-*)
    shopt -u nullglob
    echo "== Fuzz$target: replaying Corpus/$target and ${#crashes[@]} saved crash(es)"
    nice -n "$nice_level" "$fuzzer" -runs=0 -timeout=30 -rss_limit_mb=4096 "Corpus/$target" "${extra[@]}" || status=1
    for crash in "${crashes[@]}"; do
      nice -n "$nice_level" "$fuzzer" -timeout=30 -rss_limit_mb=4096 "$crash" "${extra[@]}" || { echo "run.sh: $crash still fails" >&2; status=1; }
    done
    continue
  fi
  work=".build/corpus/$target"
  log=".build/fuzz-$target.log"
  mkdir -p "$work"
  echo "== Fuzz$target: $mode s, corpus $work + Corpus/$target, log $log"
  nice -n "$nice_level" "$fuzzer" "$work" "Corpus/$target" \
    -dict=dutch.dict -max_total_time="$mode" -max_len="$max_len" -timeout=30 -rss_limit_mb=4096 \
    -artifact_prefix="Crashes/$target-" -print_final_stats=1 "${extra[@]}" 2>&1 | tee "$log"
  code=${PIPESTATUS[0]}
  if [ "$code" -ne 0 ]; then
    echo "run.sh: Fuzz$target exited with $code; see $log and Crashes/" >&2
    status=1
  fi
done
exit "$status"
