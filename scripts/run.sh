#!/usr/bin/env bash
# Quick start, first command: install what is missing, build, and open the window on
# its default experiment (or on the experiment file given as an argument).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
exec "${TWB_BUILD_DIR:-build}/bin/transfer-workbench" "$@"
