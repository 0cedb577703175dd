#!/usr/bin/python3
"""twb tsne beside scikit-learn's Barnes-Hut TSNE, in the same run, on the same data.

Data: the first n Fashion-MNIST training images (Debian's dataset-fashion-mnist),
scaled to [0, 1] and reduced to 50 dimensions by PCA, so the neighbourhoods have
the structure of real images. Both tools get perplexity 30, 1000 iterations, theta
(angle) 0.5, PCA initialisation, the automatic learning rate (n / 12 in twb's
gradient convention, which is scikit-learn's n / 48 in its own) and the same number
of threads.

For each tool the table shows the time of the t-SNE itself (twb's "seconds": neighbour
search, affinities, PCA and optimisation, without reading the file or starting the
process; scikit-learn's fit_transform), the CPU time of all its threads (twb's whole
process, start-up and file I/O included; less disturbed than the wall time by other
load on the machine), the KL divergence the tool reports for its
final layout, the KL divergence of each final layout recomputed here exactly the
same way for both (one P from exact nearest neighbours, Q normalised over all n^2
pairs), and scikit-learn's trustworthiness with k = 10.

Run from the repository root after building twb (see bench/README.md):
    /usr/bin/python3 bench/tsne_benchmark.py [--twb build/bin/twb] [--sizes 5000 10000]
"""
import argparse
import os
import sys

parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
parser.add_argument("--twb", default=os.path.join(os.path.dirname(__file__), "..", "build", "bin", "twb"))
parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 10000])
parser.add_argument("--threads", type=int, default=2)
parser.add_argument("--seed", type=int, default=1)
parser.add_argument("--repeats", type=int, default=1,
                    help="runs of each tool per size; the fastest is shown (for a busy machine)")
parser.add_argument("--images", default="/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz")
args = parser.parse_args()

# Thread counts are fixed before numpy and scikit-learn load their OpenMP / BLAS.
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = str(args.threads)
# OpenMP threads that spin while they wait lose badly to any other load on the machine
# (scikit-learn took 3 to 5 times longer that way here); waiting passively, as twb's
# threads do, keeps the comparison about the algorithms.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import gzip  # noqa: E402
import inspect  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402
import sklearn  # noqa: E402
from sklearn.decomposition import PCA  # noqa: E402
from sklearn.manifold import TSNE, trustworthiness  # noqa: E402
from sklearn.neighbors import NearestNeighbors  # noqa: E402
from threadpoolctl import threadpool_limits  # noqa: E402

PERPLEXITY, ITERATIONS, THETA = 30.0, 1000, 0.5


def load_images(path, n):
    with gzip.open(path, "rb") as f:
        raw = f.read()
    count = int.from_bytes(raw[4:8], "big")
    if n > count:
        sys.exit(f"{path}: has {count} images, {n} asked for")
    images = np.frombuffer(raw, np.uint8, offset=16).reshape(count, 28 * 28)
    return images[:n].astype(np.float32) / 255.0


def joint_probabilities(X):
    """Symmetric P over 3 * perplexity + 1 exact neighbours (both tools' recipe)."""
    n = X.shape[0]
    k = min(n - 1, int(3 * PERPLEXITY + 1))
    dist, idx = NearestNeighbors(n_neighbors=k + 1).fit(X).kneighbors(X)
    d2 = dist[:, 1:].astype(np.float64) ** 2
    idx = idx[:, 1:]
    d2 -= d2[:, :1]
    target = np.log(PERPLEXITY)
    beta, lo, hi = np.ones(n), np.zeros(n), np.full(n, np.inf)
    for _ in range(200):
        w = np.exp(-beta[:, None] * d2)
        s = w.sum(1)
        h = np.log(s) + beta * (d2 * w).sum(1) / s
        up = h > target  # entropy too high: sharpen
        lo = np.where(up, beta, lo)
        hi = np.where(up, hi, beta)
        beta = np.where(up, np.where(np.isinf(hi), beta * 2, (beta + hi) / 2), (beta + lo) / 2)
    w = np.exp(-beta[:, None] * d2)
    cond = w / w.sum(1, keepdims=True)
    from scipy.sparse import csr_matrix

    P = csr_matrix((cond.ravel(), idx.ravel(), np.arange(0, n * k + 1, k)), shape=(n, n))
    P = P + P.T
    return P / P.sum()


def exact_kl(P, Y):
    """KL(P || Q) with Q normalised over all pairs, computed in blocks of rows."""
    Y = Y.astype(np.float64)
    n = Y.shape[0]
    sq = (Y**2).sum(1)
    Z = 0.0
    for start in range(0, n, 1000):
        block = Y[start : start + 1000]
        d2 = np.maximum(sq[start : start + 1000, None] + sq[None, :] - 2 * block @ Y.T, 0)
        Z += (1 / (1 + d2)).sum() - block.shape[0]  # minus the diagonal (d = 0)
    P = P.tocoo()
    d2 = ((Y[P.row] - Y[P.col]) ** 2).sum(1)
    q = 1 / (1 + d2) / Z
    return float((P.data * np.log(P.data / q)).sum())


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_twb(X, tmp):
    vectors = os.path.join(tmp, "vectors.tsv")
    coords = os.path.join(tmp, "coords.tsv")
    np.savetxt(vectors, X, delimiter="\t", fmt="%.9g")
    command = [args.twb, "tsne", vectors, "--out", coords, "--json", "--threads", str(args.threads),
               "--perplexity", str(PERPLEXITY), "--iterations", str(ITERATIONS), "--theta", str(THETA),
               "--seed", str(args.seed)]
    start, cpu = time.perf_counter(), children_cpu()
    done = subprocess.run(command, capture_output=True, text=True)
    wall, cpu = time.perf_counter() - start, children_cpu() - cpu
    if done.returncode != 0:
        sys.exit(f"twb tsne failed ({done.returncode}): {done.stderr.strip()}")
    summary = json.loads(done.stdout)
    return np.loadtxt(coords, delimiter="\t"), summary["seconds"], summary["kl"], wall, cpu


def run_sklearn(X):
    iterations = "max_iter" if "max_iter" in inspect.signature(TSNE).parameters else "n_iter"
    tsne = TSNE(n_components=2, perplexity=PERPLEXITY, **{iterations: ITERATIONS}, init="pca",
                method="barnes_hut", angle=THETA, learning_rate="auto", random_state=args.seed,
                n_jobs=args.threads)
    start, cpu = time.perf_counter(), time.process_time()
    with threadpool_limits(limits=args.threads):
        Y = tsne.fit_transform(X)
    return Y, time.perf_counter() - start, float(tsne.kl_divergence_), time.process_time() - cpu


def main():
    if not os.access(args.twb, os.X_OK):
        sys.exit(f"{args.twb}: no twb program there (build it, or pass --twb PATH)")
    print(f"t-SNE of Fashion-MNIST (PCA to 50 dimensions), perplexity {PERPLEXITY:g}, {ITERATIONS} iterations, "
          f"theta {THETA}, {args.threads} threads, seed {args.seed}; scikit-learn {sklearn.__version__}, "
          f"numpy {np.__version__}, OMP_WAIT_POLICY={os.environ['OMP_WAIT_POLICY']}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at the start"
          f"{f', fastest of {args.repeats} runs' if args.repeats > 1 else ''}\n")
    rows, verdicts = [], []
    images = load_images(args.images, max(args.sizes))
    for n in args.sizes:
        X = PCA(n_components=50, random_state=0).fit_transform(images[:n]).astype(np.float32)
        P = joint_probabilities(X)
        # Alternate the tools so a burst of load elsewhere hits both alike.
        twb_runs, sk_runs = [], []
        for _ in range(args.repeats):
            with tempfile.TemporaryDirectory() as tmp:
                twb_runs.append(run_twb(X, tmp))
            sk_runs.append(run_sklearn(X))
        Yt, secs_t, kl_t, wall_t, cpu_t = min(twb_runs, key=lambda r: r[1])
        Ys, secs_s, kl_s, cpu_s = min(sk_runs, key=lambda r: r[1])
        with threadpool_limits(limits=args.threads):
            tw_t = trustworthiness(X, Yt, n_neighbors=10)
            tw_s = trustworthiness(X, Ys, n_neighbors=10)
        ex_t, ex_s = exact_kl(P, Yt), exact_kl(P, Ys)
        rows.append((n, "scikit-learn TSNE", secs_s, cpu_s, kl_s, ex_s, tw_s, 1.0))
        rows.append((n, "twb tsne", secs_t, cpu_t, kl_t, ex_t, tw_t, secs_s / secs_t))
        verdicts.append(f"n = {n}: {secs_s / secs_t:.1f}x faster (goal 3x); exact KL {ex_t / ex_s - 1:+.1%} "
                        f"of scikit-learn's (goal at most +5 %); trustworthiness {tw_t - tw_s:+.4f} "
                        f"(goal within 0.01); CPU time {cpu_s / cpu_t:.1f}x less; twb process wall time "
                        f"{wall_t:.2f} s (with file I/O and start-up)")

    print("| n | tool | seconds | CPU seconds | KL (reported) | KL (exact, same P) | trustworthiness (k=10) "
          "| speed-up |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|")
    for n, tool, secs, cpu, kl, ex, tw, speed in rows:
        print(f"| {n} | {tool} | {secs:.2f} | {cpu:.2f} | {kl:.4f} | {ex:.4f} | {tw:.4f} | {speed:.1f}x |")
    print()
    for v in verdicts:
        print(v)


if __name__ == "__main__":
    main()
