#!/usr/bin/env bash
# The core tests labelled `sanitized` (tests/CMakeLists.txt), built in build-asan with
# AddressSanitizer and UndefinedBehaviorSanitizer (-DTWB_SANITIZE=ON, GCC, no window):
# a read out of bounds or undefined behaviour in core fails here even where the normal
# build happens to survive it (docs/reliability.md). scripts/test.sh, and so CI, runs
# it after the normal suite; TWB_ASAN=0 ./scripts/test.sh skips it.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${TWB_ASAN_BUILD_DIR:-build-asan}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTWB_WERROR="${TWB_WERROR:-OFF}" -DTWB_SANITIZE=ON \
  -DTWB_BUILD_GUI=OFF -DTWB_BUILD_BENCH=OFF >/dev/null
cmake --build "$build_dir" --target twb_sanitized_tests
# LeakSanitizer stays on: these tests leak nothing, LibTorch and OpenMP included.
# print_stacktrace: a UBSan report says where it was reached from.
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
ctest --test-dir "$build_dir" -L sanitized --output-on-failure
