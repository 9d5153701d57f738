#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer + UBSan) and runs each for a
# fixed number of executions from a seed corpus of real files. A crash, a sanitizer report
# or a leak fails the run. The random seed is fixed (FUZZ_SEED, default 1) so that CI gives
# the same verdict on the same code; run with another seed to explore further. The readers
# keep to ReadLimits, so a run also fails when one input makes a process grow past 512 MB
# or asks for 256 MB at once. usage: bash tools/fuzz.sh [RUNS]   (default 20000 per target)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-20000}"
build="$here/build-fuzz"
CC=clang CXX=clang++ cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFAIRCHECK_FUZZ=ON \
  -DFAIRCHECK_HARDENING=OFF -DFAIRCHECK_BUILD_TESTS=OFF -DFAIRCHECK_BUILD_BENCH=OFF > "$build.configure.log" \
  || { cat "$build.configure.log"; exit 1; }
cmake --build "$build" -j"$(nproc)" --target fuzz_csv fuzz_xlsx fuzz_html fuzz_rules fuzz_calendar fuzz_qrpayload fuzz_package

corpus="$build/corpus"
rm -rf "$corpus"; mkdir -p "$corpus"/{csv,xlsx,html,rules,calendar,qrpayload,package}
cp "$here"/tests/data/import/*.csv "$corpus/csv/"
cp "$here"/tests/data/import/*.xlsx "$corpus/xlsx/"
cp "$here"/tests/data/import/hotline-12345-export.xls "$corpus/html/"
cp "$here"/resources/credit/*.json "$corpus/rules/"
cp "$here"/resources/calendar/*.json "$here"/resources/supervision/triage-rules.json "$corpus/calendar/"
# Inputs that once crashed a parser stay in the corpus, so each run checks them first.
for target in csv xlsx html rules calendar qrpayload package; do
  if [ -d "$here/tests/data/fuzz/$target" ]; then cp "$here/tests/data/fuzz/$target"/* "$corpus/$target/"; fi
done
# ASan keeps freed memory in quarantine (256 MB by default), which counts against the
# RSS limit and filled it within a few hundred inputs of the web-page reader; 64 MB
# leaves the limit to what the readers themselves hold.
export QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:quarantine_size_mb=64 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
# Qt's one-time allocations (codecs, the application object) live until exit by design.
export LSAN_OPTIONS="suppressions=$here/tools/lsan.supp"
for target in csv xlsx html rules calendar qrpayload package; do
  "$build/fuzz/fuzz_$target" "$corpus/$target" -runs="$runs" -seed="${FUZZ_SEED:-1}" -max_len=65536 -timeout=10 -rss_limit_mb=512 -malloc_limit_mb=256 \
    -artifact_prefix="$build/" > "$build/fuzz_$target.log" 2>&1 || { tail -60 "$build/fuzz_$target.log"; echo "FAIL: fuzz_$target"; exit 1; }
  echo "fuzz_$target: $(grep -o 'Done [0-9]* runs in [0-9]* second(s)' "$build/fuzz_$target.log")"
done
