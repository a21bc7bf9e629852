#!/usr/bin/python3
"""PyTorch figures beside lib/src/test/java/org/dendrite/bench/TensorBench.java: the time of one
small op (64x100 float32 add) and 1024x1024 float32 matrix products, on 2 threads, each the
median over batches, printed as `name value unit` lines.

    /usr/bin/python3 bench/tensor_ops_reference.py
"""
import statistics, time
import torch

torch.set_num_threads(2)
torch.manual_seed(0)


def median_seconds(fn, calls, samples):
    for _ in range(calls):
        fn()
    times = []
    for _ in range(samples):
        t = time.perf_counter()
        for _ in range(calls):
            fn()
        times.append((time.perf_counter() - t) / calls)
    return statistics.median(times)


a, b = torch.randn(64, 100), torch.randn(64, 100)
print(f"add_64x100_torch {median_seconds(lambda: a + b, 2000, 15) * 1e6:.1f} us")
m = torch.randn(1024, 1024)
print(f"sgemm_1024_torch {2 * 1024**3 / median_seconds(lambda: m @ m, 5, 7) / 1e9:.1f} GFLOP/s")
