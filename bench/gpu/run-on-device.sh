#!/usr/bin/env bash
# The GPU suite, in one command, on a machine with an NVIDIA GPU, its driver and PyTorch but no
# Java. Takes the bundle that package-bundle.sh builds (the folder, or the .tar.xz archive):
#   bench/gpu/run-on-device.sh build/gpu-bundle/dendrite-gpu-bundle.tar.xz
# 1. the GPU JUnit tests: every GPU operation against the CPU on random inputs, forward and
#    backward, LeNet's loss and gradients, device selection, memory and error messages;
# 2. the benchmark: conv2d forward+backward GFLOP/s and a LeNet epoch over 60,000 images on the
#    GPU and the CPU (GpuBenchmark), and the same work in PyTorch CUDA (torch_bench.py), in this
#    run, with the ratios against the goals (>= 0.6x PyTorch, >= 10x Dendrite's CPU epoch).
# Results are also written to $OUT (or ./gpu-results) as junit/ and benchmark.txt.
set -euo pipefail
SOURCE=${1:?usage: run-on-device.sh BUNDLE_DIR_OR_TAR_XZ}
RESULTS=${OUT:-$PWD/gpu-results}
PYTHON=${PYTHON:-python3}
mkdir -p "$RESULTS"

if [ -d "$SOURCE" ]; then
  BUNDLE=$SOURCE
else
  BUNDLE=$(mktemp -d)/bundle
  mkdir -p "$BUNDLE"
  "$PYTHON" -c 'import sys, tarfile; tarfile.open(sys.argv[1]).extractall(sys.argv[2])' "$SOURCE" "$BUNDLE"
fi
JAVA=$BUNDLE/runtime/bin/java
CP="$BUNDLE/lib/*"

echo "== devices"
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader || true

echo "== GPU tests"
status=0
"$JAVA" -cp "$CP" org.junit.platform.console.ConsoleLauncher execute --disable-banner --details=tree \
  --select-class=org.dendrite.device.DeviceTest --select-class=org.dendrite.device.CudaDriverTest \
  --select-class=org.dendrite.device.CudaMemoryPoolTest --select-class=org.dendrite.tensor.CudaBackendTest \
  --reports-dir="$RESULTS/junit" || status=$?

echo "== benchmark (same run)"
"$JAVA" -Xmx8g -cp "$CP" GpuBenchmark | tee "$RESULTS/benchmark.txt"
"$PYTHON" "$BUNDLE/torch_bench.py" | tee -a "$RESULTS/benchmark.txt"
"$PYTHON" - "$RESULTS/benchmark.txt" <<'PY'
import sys
v = dict(l.split()[:2] for l in open(sys.argv[1]) if l.strip() and not l.startswith("#"))
f = {k: float(x) for k, x in v.items()}
def show(name, ratio, goal):
    print(f"{name}: {ratio:.2f}x (goal >= {goal}x: {'met' if ratio >= goal else 'missed'})")
show("conv2d fwd+bwd GFLOP/s, Dendrite GPU / PyTorch GPU",
     f["dendrite_gpu_conv_gflops"] / f["torch_gpu_conv_gflops"], 0.6)
show("LeNet epoch speed, Dendrite GPU / PyTorch GPU",
     f["torch_gpu_lenet_epoch_s"] / f["dendrite_gpu_lenet_epoch_s"], 0.6)
show("LeNet epoch speed, Dendrite GPU / Dendrite CPU",
     f["dendrite_cpu_lenet_epoch_s"] / f["dendrite_gpu_lenet_epoch_s"], 10)
PY
exit $status
