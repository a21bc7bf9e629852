"""PyTorch reference for bench/data-bench.sh: load the same MNIST sample (gzipped IDX) and
iterate one epoch of shuffled batches of 64 as float tensors in [0, 1], flattened to N x 784."""
import gzip
import statistics
import sys
import time

import numpy as np
import torch
from torch.utils.data import DataLoader, TensorDataset

folder = sys.argv[1]
warm_ups, runs = int(sys.argv[2]), int(sys.argv[3])
torch.set_num_threads(1)


def run(seed):
    start = time.perf_counter()
    with gzip.open(f"{folder}/mnist-sample-images-idx3-ubyte.gz") as f:
        images = np.frombuffer(f.read(), dtype=np.uint8, offset=16).reshape(-1, 784)
    with gzip.open(f"{folder}/mnist-sample-labels-idx1-ubyte.gz") as f:
        labels = np.frombuffer(f.read(), dtype=np.uint8, offset=8)
    data = TensorDataset(torch.from_numpy(images.copy()), torch.from_numpy(labels.astype(np.int64)))
    loaded = time.perf_counter()
    seen = 0
    for x, y in DataLoader(data, batch_size=64, shuffle=True, generator=torch.Generator().manual_seed(seed)):
        x = x.float() / 255
        seen += x.shape[0]
    done = time.perf_counter()
    assert seen == len(data)
    return loaded - start, done - loaded


for i in range(warm_ups):
    run(i)
times = [run(i) for i in range(runs)]
load = statistics.median(t[0] for t in times)
epoch = statistics.median(t[1] for t in times)
print(f"pytorch load_s {load:.4f} epoch_s {epoch:.4f} total_s {load + epoch:.4f}")
