#!/usr/bin/env python3
"""Images per second of the DANN training step: the workbench (twb train) against the
same network and step written with PyTorch's Python API (Debian's python3-torch, the
same LibTorch 1.13), in the same run, with the same thread count; and both as a
fraction of what this machine's sgemm reaches, measured in the same run.

Both sides do the same work per step: draw a labelled source batch and an unlabelled
target batch of the same size from uint8 images held in memory, convert them to
float in [-1, 1], run the LeNet feature extractor on both, the label predictor on the
source half, the domain classifier behind a gradient reversal layer on both, then
backward and an SGD step with momentum. Evaluation and data loading are not timed
(twb's summary.json images_per_second counts the training step alone; so does this).

The step's work is counted from the network's shapes (step_flops below): the
forward and backward passes of both convolutions on source and target images (no
input gradient for the first, whose input is the data), the label predictor on the
source half and the domain classifier on both. sgemm is torch.mm on two 2048 x 2048
float matrices (the BLAS LibTorch was linked against at run time, libblas.so.3),
best of several, before and after the steps. The fraction is the step's FLOPs per
second over that rate: how close the step is to the machine's dense-matrix limit.

--end-to-end also runs the paper-recipe DANN experiment (8,000 steps, evaluations, logging
and checkpoints) with twb train and compares its wall time with its step time.

    /usr/bin/python3 bench/dann_speed.py --twb build/bin/twb [--steps 300] [--threads 2]
    /usr/bin/python3 bench/dann_speed.py --twb build/bin/twb --end-to-end
"""
import argparse
import ctypes
import json
import os
import re
import subprocess
import sys
import tempfile
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


class GradientReversal(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, lam):
        ctx.lam = lam
        return x.view_as(x)

    @staticmethod
    def backward(ctx, grad):
        return grad.neg() * ctx.lam, None


class LeNet(nn.Module):
    # The DANN paper's digit network, as core/nn/Backbone.cpp builds it.
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 32, 5)
        self.conv2 = nn.Conv2d(32, 48, 5)
        self.fc1 = nn.Linear(768, 100)
        self.fc2 = nn.Linear(100, 100)
        self.head = nn.Linear(100, 10)

    def features(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        return x.flatten(1)

    def classify(self, f):
        return self.head(F.relu(self.fc2(F.relu(self.fc1(f)))))


def conv_macs(side, cin, cout, k):
    out = side - k + 1
    return out * out * cout * cin * k * k, out


def step_flops(batch, side=28, channels=3, classes=10):
    """FLOPs of one DANN step of batch + batch images (2 per multiply-add)."""
    c1, s1 = conv_macs(side, channels, 32, 5)
    c2, s2 = conv_macs(s1 // 2, 32, 48, 5)
    features = 48 * (s2 // 2) ** 2
    label = features * 100 + 100 * 100 + 100 * classes
    domain = features * 100 + 100
    per_image = (
        2 * c1 * 2      # conv1: forward, weight gradient
        + 2 * c2 * 3    # conv2: forward, input and weight gradients
        + 2 * domain * 3  # domain classifier on every image: forward, both gradients
    )
    return 2 * batch * per_image + batch * 2 * label * 3  # label predictor on the source half


def sgemm_gflops(n=2048, repeats=5):
    a, b = torch.randn(n, n), torch.randn(n, n)
    c = torch.empty(n, n)
    torch.mm(a, b, out=c)
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        torch.mm(a, b, out=c)
        best = min(best, time.perf_counter() - t0)
    return 2 * n ** 3 / best / 1e9


def blas_in_use():
    """The libblas.so.3 this process loaded (Debian's alternatives pick it), and
    OpenBLAS's kernels."""
    try:
        with open("/proc/self/maps") as f:
            for line in f:
                if "libblas.so" in line or "libopenblas" in line:
                    path = os.path.realpath(line.split()[-1])
                    try:
                        core = ctypes.CDLL(path).openblas_get_corename
                        core.restype = ctypes.c_char_p
                        return f"{path}, {core().decode()} kernels"
                    except (OSError, AttributeError):
                        return path
    except OSError:
        pass
    return "unknown"


def same_kernels_as_twb(twb):
    """twb uses the OpenBLAS kernels its processor allows when OpenBLAS falls back to
    older ones (core/nn/ComputeInfo.h; `twb --version` then says "X kernels instead of
    its Y"). Run this whole bench, sgemm and the Python step included, with the same
    kernels: restart Python with OPENBLAS_CORETYPE set, as twb does."""
    if "OPENBLAS_CORETYPE" in os.environ:
        return
    line = subprocess.run([twb, "--version"], check=True, capture_output=True, text=True).stdout
    m = re.search(r"(\w+) kernels instead of its", line)
    if m:
        os.environ["OPENBLAS_CORETYPE"] = m.group(1)
        os.execv(sys.executable, [sys.executable] + sys.argv)


def python_images_per_second(steps, batch, seed=1):
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    source = rng.integers(0, 256, size=(4000, 28, 28, 1), dtype=np.uint8)  # grey, like digits
    target = rng.integers(0, 256, size=(4000, 28, 28, 3), dtype=np.uint8)  # colour, like digits-m
    labels = rng.integers(0, 10, size=4000)
    net = LeNet()
    domain = nn.Sequential(nn.Linear(768, 100), nn.ReLU(), nn.Linear(100, 1))
    opt = torch.optim.SGD(list(net.parameters()) + list(domain.parameters()), lr=0.01, momentum=0.9)

    def to_batch(images, idx):
        x = torch.from_numpy(images[idx]).permute(0, 3, 1, 2).float().div_(127.5).sub_(1.0)
        return x.expand(-1, 3, -1, -1).contiguous()

    seconds = 0.0
    for step in range(steps + 20):
        t0 = time.perf_counter()
        si = rng.integers(0, 4000, size=batch)
        ti = rng.integers(0, 4000, size=batch)
        xs, ys, xt = to_batch(source, si), torch.from_numpy(labels[si]), to_batch(target, ti)
        p = step / steps
        lam = 2.0 / (1.0 + np.exp(-10 * p)) - 1.0
        for g in opt.param_groups:
            g["lr"] = 0.01 / (1 + 10 * p) ** 0.75
        f = net.features(torch.cat([xs, xt]))
        label_loss = F.cross_entropy(net.classify(f[:batch]), ys)
        d = domain(GradientReversal.apply(f, lam)).squeeze(1)
        dl = torch.cat([torch.zeros(batch), torch.ones(batch)])
        loss = label_loss + F.binary_cross_entropy_with_logits(d, dl)
        opt.zero_grad()
        loss.backward()
        opt.step()
        loss.item()
        if step >= 20:  # warm-up steps are not timed
            seconds += time.perf_counter() - t0
    return 2 * batch * steps / seconds


def twb_train(twb, experiment, tmp):
    """twb train EXPERIMENT --json into tmp/run: (wall seconds, the summary it prints)."""
    t0 = time.perf_counter()
    out = subprocess.run([twb, "train", experiment, "--out", os.path.join(tmp, "run"), "--json"],
                         check=True, capture_output=True, text=True).stdout
    return time.perf_counter() - t0, json.loads(out)


def twb_images_per_second(twb, steps, batch):
    with tempfile.TemporaryDirectory() as tmp:
        experiment = os.path.join(tmp, "dann.json")
        with open(experiment, "w") as f:
            json.dump({"source": {"dataset": "digits"}, "target": {"dataset": "digits-m"},
                       "method": {"name": "dann"},
                       "training": {"steps": steps, "batch_size": batch, "lr_schedule": "ganin", "device": "cpu"},
                       "eval": {"every": steps}}, f)
        return twb_train(twb, experiment, tmp)[1]["images_per_second"]


# twb keeps freed memory for the next step (core/nn/Device.cpp, keepFreedTensorMemory:
# mallopt M_MMAP_THRESHOLD 32 MiB, M_TRIM_THRESHOLD 1 GiB). The same glibc settings
# for a Python process, so that its row measures the step and not the allocator.
KEEP_MEMORY = "glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=1073741824"


def python_in_subprocess(steps, batch, threads, keep_memory):
    env = dict(os.environ)
    if keep_memory:
        env["GLIBC_TUNABLES"] = KEEP_MEMORY
    out = subprocess.run([sys.executable, os.path.abspath(__file__), "--python-only", "--steps", str(steps),
                          "--batch", str(batch), "--threads", str(threads)],
                         check=True, capture_output=True, text=True, env=env).stdout
    return float(out.strip())


def twb_end_to_end(twb, experiment):
    with tempfile.TemporaryDirectory() as tmp:
        return twb_train(twb, experiment, tmp)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--twb", default="build/bin/twb")
    ap.add_argument("--steps", type=int, default=300)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--python-only", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--end-to-end", action="store_true",
                    help="also run the paper-recipe DANN experiment to the end and compare wall time with step time")
    ap.add_argument("--experiment", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                                                          "resources", "experiments", "dann_paper_digits_to_digits_m.json"))
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    if args.python_only:
        print(python_images_per_second(args.steps, args.batch))
        return
    same_kernels_as_twb(args.twb)
    # twb reads OMP_NUM_THREADS for its intra-op pool, so both sides get the same count.
    os.environ["OMP_NUM_THREADS"] = str(args.threads)

    gemm = [sgemm_gflops()]
    rows = []
    for _ in range(args.repeats):  # alternate, so drift on a shared machine hits both
        rows.append(("twb (LibTorch C++)", twb_images_per_second(args.twb, args.steps, args.batch)))
        rows.append(("PyTorch Python API, glibc's defaults",
                     python_in_subprocess(args.steps, args.batch, args.threads, False)))
        rows.append(("PyTorch Python API, freed memory kept as twb does",
                     python_in_subprocess(args.steps, args.batch, args.threads, True)))
    gemm.append(sgemm_gflops())
    best = {}
    for name, ips in rows:
        best[name] = max(best.get(name, 0.0), ips)
    peak = max(gemm)
    per_image = step_flops(args.batch) / (2 * args.batch)
    print(f"DANN training step, batch {args.batch}+{args.batch}, {args.steps} steps, "
          f"{args.threads} threads, torch {torch.__version__}, best of {args.repeats}")
    print(f"BLAS: {blas_in_use()}; sgemm 2048x2048: {peak:.1f} GFLOP/s "
          f"(before {gemm[0]:.1f}, after {gemm[1]:.1f}); the step: {per_image / 1e6:.2f} MFLOP an image\n")
    print("| implementation | images/s | GFLOP/s | of sgemm |\n|---|---:|---:|---:|")
    for name, ips in best.items():
        print(f"| {name} | {ips:.0f} | {ips * per_image / 1e9:.1f} | {ips * per_image / 1e9 / peak:.0%} |")
    twb_ips = best["twb (LibTorch C++)"]
    plain = best["PyTorch Python API, glibc's defaults"]
    kept = best["PyTorch Python API, freed memory kept as twb does"]
    print(f"\nratio twb / Python: {twb_ips / max(plain, kept):.2f} against the faster Python row "
          f"({twb_ips / plain:.2f} against glibc's defaults, {twb_ips / kept:.2f} with memory kept)")
    print(f"twb step at {twb_ips * per_image / 1e9 / peak:.0%} of sgemm")

    if args.end_to_end:
        wall, s = twb_end_to_end(args.twb, args.experiment)
        images = s["images_per_second"] * s["train_seconds"]  # every image the steps drew
        print(f"\nend to end: {os.path.basename(args.experiment)}, {s['steps']} steps: wall {wall:.0f} s "
              f"({wall / 60:.1f} min), training steps {s['train_seconds']:.0f} s; "
              f"{images / wall:.0f} images/s of wall time against {s['images_per_second']:.0f} in the steps: "
              f"{images / wall / s['images_per_second']:.0%} of the step rate; "
              f"target test accuracy {s['target_test_acc']:.3f}")


if __name__ == "__main__":
    main()
