#!/usr/bin/env bash
# Configures (once) and builds Transfer Workbench in build/ (Release, Ninja, ccache).
# TWB_WERROR=ON turns warnings into errors, as CI does.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${TWB_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTWB_WERROR="${TWB_WERROR:-OFF}" >/dev/null
cmake --build "$build_dir"
