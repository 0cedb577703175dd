#!/usr/bin/env bash
# Target test accuracy of a method beside its baselines (source_only, the lower bound;
# target_only, the upper bound) over several seeds, with one recipe:
#   bench/accuracy.sh [TWB] [EXPERIMENT.json] [SEEDS] [-- --set KEY=VALUE ...]
# e.g. bench/accuracy.sh build/bin/twb resources/experiments/dann_digits_to_digits_m.json "1 2 3"
# A call of `twb compare`, which prints the window's results table over seeds (mean ±
# sd, per seed, domain numbers, gap closed). The cells are kept in OUT (default a
# temporary folder), so a stopped benchmark resumes when OUT is given.
set -euo pipefail
twb=${1:-build/bin/twb}
experiment=${2:-resources/experiments/dann_digits_to_digits_m.json}
seeds=${3:-1 2 3}
shift $(( $# < 3 ? $# : 3 ))
[ "${1:-}" = "--" ] && shift
out=${OUT:-$(mktemp -d)}
[ -n "${OUT:-}" ] || trap 'rm -rf "$out"' EXIT
exec "$twb" compare "$experiment" --seeds "$(echo $seeds | tr ' ' ',')" --out "$out" "$@"
