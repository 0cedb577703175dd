#!/usr/bin/env python3
"""Images per second of the DANN training step: the workbench (twb train) against the
same network and step written with PyTorch's Python API (Debian's python3-torch, the
same LibTorch 1.13), in the same run, with the same thread count.

Both sides do the same work per step: draw a labelled source batch and an unlabelled
target batch of the same size from uint8 images held in memory, convert them to
float in [-1, 1], run the LeNet feature extractor on both, the label predictor on the
source half, the domain classifier behind a gradient reversal layer on both, then
backward and an SGD step with momentum. Evaluation and data loading are not timed
(twb's summary.json images_per_second counts the training step alone; so does this).

    /usr/bin/python3 bench/dann_speed.py --twb build/bin/twb [--steps 300] [--threads 2]
"""
import argparse
import json
import os
import subprocess
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


def twb_images_per_second(twb, steps, batch):
    with tempfile.TemporaryDirectory() as tmp:
        experiment = os.path.join(tmp, "dann.json")
        with open(experiment, "w") as f:
            json.dump({"source": {"dataset": "digits"}, "target": {"dataset": "digits-m"},
                       "method": {"name": "dann"},
                       "training": {"steps": steps, "batch_size": batch, "lr_schedule": "ganin", "device": "cpu"},
                       "eval": {"every": steps}}, f)
        out = subprocess.run([twb, "train", experiment, "--out", os.path.join(tmp, "run"), "--json"],
                             check=True, capture_output=True, text=True).stdout
        return json.loads(out)["images_per_second"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--twb", default="build/bin/twb")
    ap.add_argument("--steps", type=int, default=300)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--repeats", type=int, default=2)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)  # twb uses all cores for torch's intra-op pool

    rows = []
    for _ in range(args.repeats):  # alternate, so drift on a shared machine hits both
        rows.append(("twb (LibTorch C++)", twb_images_per_second(args.twb, args.steps, args.batch)))
        rows.append(("PyTorch Python API", python_images_per_second(args.steps, args.batch)))
    best = {}
    for name, ips in rows:
        best[name] = max(best.get(name, 0.0), ips)
    print(f"DANN training step, batch {args.batch}+{args.batch}, {args.steps} steps, "
          f"{args.threads} threads, torch {torch.__version__}, best of {args.repeats}\n")
    print("| implementation | images/s |\n|---|---:|")
    for name, ips in best.items():
        print(f"| {name} | {ips:.0f} |")
    ratio = best["twb (LibTorch C++)"] / best["PyTorch Python API"]
    print(f"\nratio twb / Python: {ratio:.2f}")


if __name__ == "__main__":
    main()
