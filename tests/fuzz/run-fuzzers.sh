#!/usr/bin/env bash
# Builds the fuzz targets with clang in BUILD_DIR (default build/fuzz), writes their seed corpora
# and runs each for SECONDS (default 60). Fails on the first crash, leak, timeout or sanitizer
# report, leaving the reproducer (crash-*, leak-*, timeout-*) in BUILD_DIR/artifacts.
#   usage: tests/fuzz/run-fuzzers.sh [SECONDS] [BUILD_DIR] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds="${1:-60}"
build="${2:-build/fuzz}"
shift $(($# > 2 ? 2 : $#))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(html docx odt epub pdf markdown articleloader analysis breakers)

cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DWHOSAID_FUZZ=ON -DWHOSAID_BUILD_TESTS=OFF -DWHOSAID_BUILD_GUI=OFF >/dev/null
cmake --build "$build" -j "${WHOSAID_JOBS:-2}" --target "${targets[@]/#/fuzz_}"

python3 tests/fuzz/make-seeds.py "$build/corpus"
mkdir -p "$build/artifacts"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen
for target in "${targets[@]}"; do
    echo "fuzz: $target for $seconds s"
    # -timeout: one input taking longer is a hang; -rss_limit_mb: a memory blow-up is a bug too.
    "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 \
        -max_len=262144 -artifact_prefix="$build/artifacts/$target-" -print_final_stats=1 \
        "$build/corpus/$target" 2>"$build/fuzz_$target.log" \
        || { tail -n 60 "$build/fuzz_$target.log" >&2; echo "fuzz: $target FAILED" >&2; exit 1; }
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$build/fuzz_$target.log" \
        | sed "s/^/fuzz: $target /"
done
echo "fuzz: all ${#targets[@]} targets ran clean"
