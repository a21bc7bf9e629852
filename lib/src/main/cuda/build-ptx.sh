#!/usr/bin/env bash
# Compiles each CUDA C kernel file here to PTX, the resources that CudaBackend loads with
# cuModuleLoadData. Run it after editing any .cu or .cuh file, and commit the .ptx files:
#   lib/src/main/cuda/build-ptx.sh
# The PTX targets sm_75 and declares PTX ISA 8.0, so that the driver compiles it (JIT) for
# Turing (compute capability 7.5) and every newer GPU, with drivers from CUDA 12.0 on (the first
# that knows ISA 8.0). nvcc 13 writes ISA 9.0 whatever the kernels use, so the .version line is
# lowered to 8.0; ptxas then assembles each file for sm_75, sm_80, sm_86, sm_89 and sm_90, and
# rejects any instruction or type that ISA 8.0 lacks, so a kernel that needs more fails here.
# The first line of each .ptx records the SHA-256 of its sources (the .cu file followed by the
# .cuh headers in name order); KernelSourceTest fails when sources and PTX are out of step.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUT="$HERE/../resources/org/dendrite/tensor/kernels"
NVCC=${NVCC:-nvcc}
PTXAS=${PTXAS:-ptxas}
ISA=8.0
ARCHS="sm_75 sm_80 sm_86 sm_89 sm_90"
mkdir -p "$OUT"
cd "$HERE"
for source in *.cu; do
  name=${source%.cu}
  hash=$(cat "$source" $(ls *.cuh | LC_ALL=C sort) | sha256sum | cut -d' ' -f1)
  "$NVCC" -ptx -arch=compute_75 -O3 -o "$OUT/$name.ptx.tmp" "$source"
  { echo "// source-sha256: $hash"
    echo "// .version lowered to $ISA by build-ptx.sh; ptxas assembled it for: $ARCHS"
    sed -E "s/^\.version [0-9]+\.[0-9]+$/.version $ISA/" "$OUT/$name.ptx.tmp"; } > "$OUT/$name.ptx"
  rm "$OUT/$name.ptx.tmp"
  for arch in $ARCHS; do
    if ! "$PTXAS" -arch="$arch" -o /dev/null "$OUT/$name.ptx"; then
      echo "$name.ptx does not assemble for $arch as PTX ISA $ISA: a kernel in $source needs a newer" \
           "ISA (see ptxas's message above); keep it in a second variant for newer drivers" >&2
      exit 1
    fi
  done
  echo "$OUT/$name.ptx"
done
