#!/usr/bin/env bash
# Loading the embedded 10,000-digit MNIST sample and one shuffled epoch of batches of 64 as
# N×784 float tensors in [0, 1], after warm-up: Dendrite (DataLoaderBenchmark) and PyTorch's
# TensorDataset + DataLoader on the same files (bench/data_bench_reference.py), in one run.
# Goal: Dendrite's total under 0.5 s. Needs the lib built offline-able by Maven and torch in /usr/bin/python3.
#   bench/data-bench.sh [WARMUPS] [RUNS]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WARMUPS=${1:-5}
RUNS=${2:-7}
cd "$ROOT"
mvn -B -o -q test-compile -pl lib
cp_file=$(mktemp /tmp/dendrite-data-bench.XXXXXX)
trap 'rm -f "$cp_file"' EXIT
mvn -B -o -q dependency:build-classpath -pl lib -Dmdep.outputFile="$cp_file" >/dev/null
java_line=$(java -cp "lib/target/test-classes:lib/target/classes:$(cat "$cp_file")" \
    org.dendrite.data.DataLoaderBenchmark "$WARMUPS" "$RUNS")
python_line=$(/usr/bin/python3 bench/data_bench_reference.py \
    lib/src/main/resources/org/dendrite/data/mnist-sample "$WARMUPS" "$RUNS")
echo "$java_line"
echo "$python_line"
field() { echo "$1" | sed -n "s/.* $2 \([0-9.]*\).*/\1/p"; }
awk -v j="$(field "$java_line" total_s)" -v p="$(field "$python_line" total_s)" \
    'BEGIN { printf "ratio dendrite/pytorch total: %.2fx; goal total < 0.5 s: %s\n", j / p, (j < 0.5 ? "met" : "missed") }'
