#!/usr/bin/python3
"""PyTorch's side of NumpyStateTest: Dendrite's .npz state dicts loaded into PyTorch, and
PyTorch's saved for Dendrite, for an MLP and LeNet built as Dendrite's Models.mlp and
Models.leNet (Debian's python3-torch 1.13 and python3-numpy).

    /usr/bin/python3 lib/src/test/python/torch_state_roundtrip.py DIR

For each model NAME (mlp, lenet) reads DIR/NAME-input.npy and DIR/NAME-dendrite.npz (saved by
Dendrite's Module.save) and writes
  DIR/NAME-torch-output.npy   PyTorch's output for the input, with Dendrite's weights;
  DIR/NAME-torch.npz          the state dict of a freshly initialized PyTorch model;
  DIR/NAME-torch-fresh-output.npy  that model's output for the input.
"""
import pathlib
import sys

import numpy
import torch
from torch import nn


def build(name):
    if name == "mlp":
        return nn.Sequential(nn.Flatten(), nn.Linear(784, 100), nn.ReLU(), nn.Linear(100, 10))
    return nn.Sequential(nn.Conv2d(1, 20, 5, 1, 2), nn.ReLU(), nn.MaxPool2d(2, 2),
                         nn.Conv2d(20, 50, 5, 1, 2), nn.ReLU(), nn.MaxPool2d(2, 2),
                         nn.Flatten(), nn.Linear(2450, 500), nn.ReLU(), nn.Linear(500, 10))


def main(directory):
    torch.manual_seed(7)
    for name in ("mlp", "lenet"):
        x = torch.from_numpy(numpy.load(directory / f"{name}-input.npy"))
        model = build(name)
        saved = numpy.load(directory / f"{name}-dendrite.npz")
        model.load_state_dict({key: torch.from_numpy(saved[key]) for key in saved.files})
        with torch.no_grad():
            numpy.save(directory / f"{name}-torch-output.npy", model(x).numpy())
            fresh = build(name)
            numpy.savez(directory / f"{name}-torch.npz", **{k: v.numpy() for k, v in fresh.state_dict().items()})
            numpy.save(directory / f"{name}-torch-fresh-output.npy", fresh(x).numpy())


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]))
