#!/usr/bin/env bash
# Compiles each CUDA C kernel file here to PTX, the resources that CudaBackend loads with
# cuModuleLoadData. Run it after editing any .cu or .cuh file, and commit the .ptx files:
#   lib/src/main/cuda/build-ptx.sh
# compute_80 PTX is compiled by the driver (JIT) for the GPU at hand: Ampere, Hopper and newer.
# The first line of each .ptx records the SHA-256 of its sources (the .cu file followed by the
# .cuh headers in name order); KernelSourceTest fails when sources and PTX are out of step.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUT="$HERE/../resources/org/dendrite/tensor/kernels"
NVCC=${NVCC:-nvcc}
mkdir -p "$OUT"
cd "$HERE"
for source in *.cu; do
  name=${source%.cu}
  hash=$(cat "$source" $(ls *.cuh | LC_ALL=C sort) | sha256sum | cut -d' ' -f1)
  "$NVCC" -ptx -arch=compute_80 -O3 -o "$OUT/$name.ptx.tmp" "$source"
  { echo "// source-sha256: $hash"; cat "$OUT/$name.ptx.tmp"; } > "$OUT/$name.ptx"
  rm "$OUT/$name.ptx.tmp"
  echo "$OUT/$name.ptx"
done
