#!/usr/bin/env bash
# Zero-shot learning over several seeds: the shipped shapes and fashion experiments
# (the margin loss; LOSSES="margin devise" adds the DeViSE-style loss), and the two
# baselines every run computes on its own learned features (ESZSL, ConSE):
#   [LOSSES="margin devise"] bench/zeroshot.sh [TWB] [SEEDS] [-- --set KEY=VALUE ...]
# e.g. bench/zeroshot.sh build/bin/twb "1 2 3"   (about 12 minutes on a busy 2-core machine)
# OpenMP threads sleep instead of spinning while they wait (OMP_WAIT_POLICY=PASSIVE,
# unless set): on a shared machine spinning made training several times slower.
# Prints one markdown table per dataset: unseen top-1 (ZSL: unseen classes the only
# candidates, per-class mean) as mean +- sd and per seed, and the generalised
# setting (every class a candidate): seen, unseen, harmonic mean.
set -euo pipefail
export OMP_WAIT_POLICY=${OMP_WAIT_POLICY:-PASSIVE}
losses=${LOSSES:-margin}
twb=${1:-build/bin/twb}
seeds=${2:-1 2 3}
shift $(( $# < 2 ? $# : 2 ))
[ "${1:-}" = "--" ] && shift
here=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
start=$(date +%s)
for dataset in shapes fashion; do
  for loss in $losses; do
    for s in $seeds; do
      "$twb" train "$here/resources/experiments/zeroshot_$dataset.json" --out "$out/$dataset-$loss-$s" \
        --set zeroshot.loss="$loss" --set seed="$s" "$@" --json >"$out/$dataset-$loss-$s.json" 2>/dev/null
    done
  done
done
echo "total wall time: $(( $(date +%s) - start )) s"
/usr/bin/python3 - "$out" "$losses" $seeds <<'PY'
import json, statistics, sys
out, losses, seeds = sys.argv[1], sys.argv[2].split(), sys.argv[3:]
def ms(xs):
    return f"{statistics.mean(xs):.3f} +- {statistics.stdev(xs) if len(xs) > 1 else 0.0:.3f}"
for dataset in ["shapes", "fashion"]:
    e = json.load(open(f"{out}/{dataset}-{losses[0]}-{seeds[0]}/experiment.json"))
    t, z = e["training"], e["zeroshot"]
    results = json.load(open(f"{out}/{dataset}-{losses[0]}-{seeds[0]}/zeroshot.json"))
    unseen = [c for c, u in zip(results["classes"], results["unseen"]) if u]
    print(f"\n{dataset}: unseen {', '.join(unseen)} (chance {1 / len(unseen):.3f}); {e['model']['backbone']}, "
          f"{t['steps']} steps, batch {t['batch_size']}, {t['optimizer']} lr {t['lr']} ({t['lr_schedule']}), "
          f"margin k = {z['margin']}, joint space {z['embedding_dim']}-d, ESZSL gamma {z['eszsl_gamma']} "
          f"lambda {z['eszsl_lambda']}, ConSE T = {z['conse_top']}, seeds {' '.join(seeds)}\n")
    print("| method | unseen top-1 (ZSL), mean +- sd | per seed | GZSL seen | GZSL unseen | GZSL H | train s |")
    print("|---|---|---|---|---|---|---|")
    for loss in losses:
        runs = [json.load(open(f"{out}/{dataset}-{loss}-{s}.json")) for s in seeds]
        rows = [("zeroshot", f"zeroshot ({loss} loss)")]
        rows += [("eszsl", f"ESZSL on the {loss} run's features"), ("conse", f"ConSE on the {loss} run's features")]
        for key, label in rows:
            p = "" if key == "zeroshot" else key + "_"
            acc = [r[p + "unseen_acc"] for r in runs]
            gu = [r["gzsl_unseen_acc" if key == "zeroshot" else p + "gzsl_unseen_acc"] for r in runs]
            print(f"| {label} | {ms(acc)} | {' '.join(f'{a:.3f}' for a in acc)} | "
                  f"{statistics.mean(r[p + 'seen_acc'] for r in runs):.3f} | {statistics.mean(gu):.3f} | "
                  f"{statistics.mean(r[p + 'harmonic_mean'] for r in runs):.3f} | "
                  f"{statistics.mean(r['train_seconds'] for r in runs):.0f} |")
PY
