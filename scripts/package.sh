#!/usr/bin/env bash
# Builds Transfer Workbench in build-package/ (Release, no tests or benchmarks) and makes
# the Debian package there: build-package/transfer-workbench_<version>_amd64.deb.
# Install it on a Debian 12 machine with: sudo apt install ./transfer-workbench_*.deb
# (docs/install.md). Needs the build packages (scripts/install-deps.sh) and dpkg-dev.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
build=${TWB_PACKAGE_BUILD:-build-package}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTWB_BUILD_TESTS=OFF -DTWB_BUILD_BENCH=OFF
cmake --build "$build" -j"$(nproc)"
(cd "$build" && cpack)
ls -l "$build"/transfer-workbench_*.deb
