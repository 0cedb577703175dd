#!/usr/bin/env bash
# Quick start, second command: install what is missing, build, and run every test;
# then the core tests again under ASan and UBSan in build-asan (scripts/test-sanitized.sh).
# GUI tests drive the real window on Qt's offscreen platform, so no display is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
export QT_QPA_PLATFORM=offscreen
# Serial: each training test uses both cores, and timing checks (Stop within a
# second) should not compete with another test for them.
ctest --test-dir "${TWB_BUILD_DIR:-build}" --output-on-failure
# TWB_ASAN=0 skips the sanitized run (docs/reliability.md).
if [ "${TWB_ASAN:-1}" != 0 ]; then
  ./scripts/test-sanitized.sh
fi
