"""PyTorch's side of the GPU benchmark, the same work as GpuBenchmark.java: conv2d forward+backward
GFLOP/s on LeNet's second convolution and one LeNet epoch over 60,000 synthetic images (batch 64,
plain SGD) on CUDA. Prints `key value` lines. Usage: python3 torch_bench.py"""
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

IMAGES, BATCH = 60_000, 64
dev = torch.device("cuda")
torch.backends.cudnn.benchmark = True


def conv_gflops(repeats=50):
    x = torch.randn(BATCH, 20, 14, 14, device=dev, requires_grad=True)
    w = torch.randn(50, 20, 5, 5, device=dev, requires_grad=True)
    b = torch.zeros(50, device=dev, requires_grad=True)
    flops = 3.0 * 2 * BATCH * 50 * 14 * 14 * 20 * 25
    for _ in range(3):
        F.conv2d(x, w, b, 1, 2).sum().backward()
    torch.cuda.synchronize()
    start = time.perf_counter()
    for _ in range(repeats):
        F.conv2d(x, w, b, 1, 2).sum().backward()
    torch.cuda.synchronize()
    return flops * repeats / (time.perf_counter() - start) / 1e9


def lenet():
    return nn.Sequential(
        nn.Conv2d(1, 20, 5, 1, 2), nn.ReLU(), nn.MaxPool2d(2, 2),
        nn.Conv2d(20, 50, 5, 1, 2), nn.ReLU(), nn.MaxPool2d(2, 2),
        nn.Flatten(), nn.Linear(2450, 500), nn.ReLU(), nn.Linear(500, 10)).to(dev)


def epoch_seconds(batches=IMAGES // BATCH):
    torch.manual_seed(1)
    net = lenet()
    opt = torch.optim.SGD(net.parameters(), lr=0.01)
    images = torch.randn(BATCH * 16, 1, 28, 28, device=dev)
    labels = (torch.arange(BATCH * 16, device=dev) % 10)

    def step(i):
        f = i % 16 * BATCH
        opt.zero_grad()
        F.cross_entropy(net(images[f:f + BATCH]), labels[f:f + BATCH]).backward()
        opt.step()

    step(0)
    torch.cuda.synchronize()
    start = time.perf_counter()
    for i in range(batches):
        step(i)
    torch.cuda.synchronize()
    return time.perf_counter() - start


print(f"# torch {torch.__version__}, {torch.cuda.get_device_name(0)}")
print(f"torch_gpu_conv_gflops {conv_gflops():.3f}")
print(f"torch_gpu_lenet_epoch_s {epoch_seconds():.3f}")
