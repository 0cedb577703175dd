#!/usr/bin/env bash
# Multitask against single-task baselines: the multitask run, then each of its tasks
# trained alone (tasks.only: the same trunk, head, steps, batch size and recipe), over
# several seeds. Prints one markdown row per task: test accuracy mean +- standard
# deviation, and each seed, alone and shared.
#   bench/multitask.sh [TWB] [EXPERIMENT.json] [SEEDS] [-- --set KEY=VALUE ...]
# e.g. bench/multitask.sh build/bin/twb resources/experiments/multitask_digits_few_labels.json "1 2 3"
# ALONE="digit" (task names) trains only those tasks alone; the default is every task.
set -euo pipefail
twb=${1:-build/bin/twb}
experiment=${2:-resources/experiments/multitask_digits_few_labels.json}
seeds=${3:-1 2 3}
shift $(( $# < 3 ? $# : 3 ))
[ "${1:-}" = "--" ] && shift
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
run() { # NAME SEED [--set ...]
  local name=$1 seed=$2
  shift 2
  "$twb" train "$experiment" --out "$out/$name-$seed" --set seed="$seed" "$@" --json >"$out/$name-$seed.json" \
    2>"$out/$name-$seed.log" || { echo "twb failed for $name seed $seed:" >&2; cat "$out/$name-$seed.log" >&2; exit 1; }
}
first=${seeds%% *}
for s in $seeds; do run multitask "$s" "$@"; done
# The tasks in the experiment's order: the acc/<task> columns of the multitask run.
tasks=$(head -1 "$out/multitask-$first/metrics.csv" | tr ',' '\n' | sed -n 's|^acc/||p')
alone=${ALONE:-$tasks}
for t in $alone; do
  for s in $seeds; do run "alone-$t" "$s" --set tasks.only="$t" "$@"; done
done
/usr/bin/python3 - "$out" $seeds -- $tasks <<'PY'
import json, os, statistics, sys
args = sys.argv[1:]
out, seeds, tasks = args[0], args[1:args.index("--")], args[args.index("--") + 1:]
e = json.load(open(f"{out}/multitask-{seeds[0]}/experiment.json"))
t, k = e["training"], e["tasks"]
print(f"tasks family {k['family']}, {k['weighting']} weights, {k['labels_per_class'] or 'all'} labels per class "
      f"for the first task; {e['model']['backbone']} trunk (up to the layer before its head), {t['steps']} steps, "
      f"batch {t['batch_size']} per task group, {t['optimizer']} lr {t['lr']} ({t['lr_schedule']}), seeds {' '.join(seeds)}\n")
print("| task | labelled train images | alone: test acc (mean +- sd) | per seed | multitask: test acc (mean +- sd) | per seed | multitask - alone |")
print("|---|---|---|---|---|---|---|")
def stats(v):
    return statistics.mean(v), (statistics.stdev(v) if len(v) > 1 else 0.0)
for task in tasks:
    shared = [json.load(open(f"{out}/multitask-{s}/summary.json"))["tasks"][task] for s in seeds]
    m = [r["test_acc"] for r in shared]
    mm, msd = stats(m)
    row = f"| {task} | {int(shared[0]['train_labels'])} | "
    if not os.path.exists(f"{out}/alone-{task}-{seeds[0]}/summary.json"):  # not trained alone (ALONE)
        print(row + f"not run | | {mm:.3f} +- {msd:.3f} | {' '.join(f'{x:.3f}' for x in m)} | |")
        continue
    a = [json.load(open(f"{out}/alone-{task}-{s}/summary.json"))["tasks"][task]["test_acc"] for s in seeds]
    am, asd = stats(a)
    diffs = [x - y for x, y in zip(m, a)]
    print(row + f"{am:.3f} +- {asd:.3f} | {' '.join(f'{x:.3f}' for x in a)} "
          f"| {mm:.3f} +- {msd:.3f} | {' '.join(f'{x:.3f}' for x in m)} | {statistics.mean(diffs):+.3f} "
          f"({sum(d > 0 for d in diffs)} of {len(diffs)} seeds better) |")
if k["weighting"] == "uncertainty":
    w = {task: [json.load(open(f"{out}/multitask-{s}/summary.json"))["tasks"][task]["weight"] for s in seeds] for task in tasks}
    print("\nfinal learned weights exp(-s): " + ", ".join(f"{task} {statistics.mean(v):.2f}" for task, v in w.items()))
PY
