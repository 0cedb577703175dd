#!/usr/bin/env bash
# Target test accuracy of a method and its two neighbours, source_only (the lower
# bound) and target_only (the upper bound), over several seeds, with one recipe:
#   bench/accuracy.sh [TWB] [EXPERIMENT.json] [SEEDS] [-- --set KEY=VALUE ...]
# e.g. bench/accuracy.sh build/bin/twb resources/experiments/dann_digits_to_digits_m.json "1 2 3"
# Prints one markdown row per method: mean +- standard deviation, and each seed.
set -euo pipefail
twb=${1:-build/bin/twb}
experiment=${2:-resources/experiments/dann_digits_to_digits_m.json}
seeds=${3:-1 2 3}
shift $(( $# < 3 ? $# : 3 ))
[ "${1:-}" = "--" ] && shift
method=$(/usr/bin/python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['method']['name'])" "$experiment")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for m in source_only "$method" target_only; do
  for s in $seeds; do
    "$twb" train "$experiment" --out "$out/$m-$s" --set method.name="$m" --set seed="$s" "$@" --json \
      >"$out/$m-$s.json" 2>/dev/null
  done
done
/usr/bin/python3 - "$out" "$experiment" "$method" $seeds <<'PY'
import json, statistics, sys
out, experiment, method, seeds = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
e = json.load(open(f"{out}/{method}-{seeds[0]}/experiment.json"))
t = e["training"]
adversary = f", adversary {e['method']['adversary']}" if method == "dann" else ""
print(f"{e['source']['dataset']} -> {e['target']['dataset']}, {e['model']['backbone']}, {t['steps']} steps, "
      f"batch {t['batch_size']}, {t['optimizer']} lr {t['lr']} ({t['lr_schedule']}){adversary}, seeds {' '.join(seeds)}\n")
print("| method | target test accuracy (mean +- sd) | per seed | source test accuracy | domain accuracy | proxy A-distance |")
print("|---|---|---|---|---|---|")
for m in ["source_only", method, "target_only"]:
    rows = [json.load(open(f"{out}/{m}-{s}.json")) for s in seeds]
    acc = [r["target_test_acc"] for r in rows]
    src = [r["source_test_acc"] for r in rows]
    sd = statistics.stdev(acc) if len(acc) > 1 else 0.0
    # summary.json's domain_acc: the domain classifier on the test splits at the last
    # evaluation, balanced over the two domains (DANN only; 0.5 is chance).
    dom = [r["domain_acc"] for r in rows if "domain_acc" in r]
    domain = f"{statistics.mean(dom):.3f}" if dom else "-"
    # proxy_a_distance: the same linear probe for every method (0 = the domains are
    # indistinguishable in the features, 2 = fully separable).
    pads = [r["proxy_a_distance"] for r in rows if "proxy_a_distance" in r]
    pad = f"{statistics.mean(pads):.2f} ({' '.join(f'{p:.2f}' for p in pads)})" if pads else "-"
    print(f"| {m} | {statistics.mean(acc):.3f} +- {sd:.3f} | {' '.join(f'{a:.3f}' for a in acc)} | {statistics.mean(src):.3f} | {domain} | {pad} |")
PY
