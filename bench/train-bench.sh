#!/usr/bin/env bash
# Training throughput and memory: Dendrite (bench/TrainBench.java) against PyTorch
# (../shared/bench/pytorch_cpu_reference.py: LeNet-5 and 784-100-10 MLP training images/s at
# batch 64, same steps and optimizer) and, when its artifacts are in ~/.m2, DJL
# (../shared/bench/djl-reference/run.sh), in one run, with the ratios. Also the peak resident
# size of one LeNet epoch on 8,000 MNIST digits through Trainer.fit, against a PyTorch epoch of
# 8,000 random images (same model, batch 64).
# ROUNDS (default 2) rounds of the training rates, Dendrite and PyTorch interleaved, each line with
# the load average; then the LeNet and MLP rates again with two competing CPU-bound processes,
# which the script starts and stops itself (bench/busy.sh). Medians and ratios at the end.
# DJL_REFERENCE names a copy of ../shared/bench/djl-reference to build and run (its run.sh
# writes target/ beside itself).
# Needs a compiled lib (mvn -o -q compile -pl lib) and python3-torch.
# OpenMP threads wait passively on both sides, as in bench/tensor-bench.sh: spinning workers
# measure the scheduler of a loaded machine. BENCH_WAIT_POLICY=default keeps the defaults.
#   bench/train-bench.sh [ROUNDS]
set -euo pipefail
ROUNDS=${1:-2}
if [ "${BENCH_WAIT_POLICY:-passive}" = passive ]; then export OMP_WAIT_POLICY=PASSIVE; fi
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=$ROOT/../shared/bench
DJL_REFERENCE=${DJL_REFERENCE:-$SHARED/djl-reference}
source "$ROOT/bench/busy.sh"
classpath=$(mktemp /tmp/dendrite-cp.XXXXXX)
results=$(mktemp /tmp/dendrite-train-results.XXXXXX)
trap 'stop_busy; rm -f "$classpath" "$results"' EXIT
mvn -B -o -q -f "$ROOT/pom.xml" -pl lib dependency:build-classpath -Dmdep.outputFile="$classpath" >/dev/null
dendrite() {
    java -Xmx1g -cp "$(cat "$classpath"):$ROOT/lib/target/classes" "$ROOT/bench/TrainBench.java" "$1" 2>/dev/null
}
# Debian's torch needs liblapack.so.3; where the alternatives link is missing, use OpenBLAS's.
python() {
    if ! /usr/bin/python3 -c 'import torch' 2>/dev/null; then
        export LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-pthread${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
    fi
    /usr/bin/python3 "$@" 2>/dev/null
}
pytorch_epoch_memory() {
    python - <<'PY'
import resource, time, torch, torch.nn as nn, torch.nn.functional as F
torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(1, 20, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2, 2),
                      nn.Conv2d(20, 50, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2, 2),
                      nn.Flatten(), nn.Linear(2450, 500), nn.ReLU(), nn.Linear(500, 10))
x, y = torch.randn(8000, 1, 28, 28), torch.randint(0, 10, (8000,))
opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
print(f"rss_before_epoch {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
t = time.perf_counter()
for i in torch.randperm(8000).split(64):
    opt.zero_grad(); F.cross_entropy(model(x[i]), y[i]).backward(); opt.step()
print(f"lenet_fit_epoch {8000 / (time.perf_counter() - t):.0f} images/s")
print(f"lenet_epoch_peak_rss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
PY
}
# Figure lines "name value unit" become "who name value unit load L" in the results.
record() { { grep -E '^[a-z0-9_]+ [0-9.]+ ' || true; } | sed -u "s/^/$1 /; s/\$/ load $(load)/" | tee -a "$results"; }
median() {
    grep "^$1 $2 " "$results" | awk '{print $3}' | sort -g \
        | awk '{v[NR]=$1} END {if (NR) print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'
}
ratio() {
    awk -v d="$(median dendrite "$1")" -v p="$(median "$2" "$1")" -v n="$1" -v who="$2" \
        'BEGIN { if (d == "" || p == "") print "  ratio dendrite/" who " " n " n/a"; else printf "  ratio dendrite/%s %s: %.0f / %.0f = %.2fx\n", who, n, d, p, d / p }'
}

echo "OMP_NUM_THREADS=${OMP_NUM_THREADS:-unset}, OMP_WAIT_POLICY=${OMP_WAIT_POLICY:-default}, $ROUNDS rounds"
djl=no
if ls ~/.m2/repository/ai/djl/pytorch >/dev/null 2>&1; then djl=yes; fi
for round in $(seq "$ROUNDS"); do
    echo "round $round, load average $(load)"
    dendrite speed | record dendrite
    python "$SHARED/pytorch_cpu_reference.py" | grep -E '^(lenet|mlp)_train' | record pytorch
    if [ $djl = yes ]; then
        (timeout 600 "$DJL_REFERENCE/run.sh" 2>/dev/null || true) | grep -E '^djl_(lenet|mlp)_train' | sed 's/^djl_//' | record djl
    fi
done
echo "memory, load average $(load)"
dendrite memory | record dendrite
pytorch_epoch_memory | record pytorch
start_busy 2
echo "busy phase: 2 CPU-bound loops running, load average $(load)"
dendrite speed | sed -u 's/_batch64/_batch64_busy/' | record dendrite
python "$SHARED/pytorch_cpu_reference.py" | grep -E '^(lenet|mlp)_train' | sed -u 's/_batch64/_batch64_busy/' | record pytorch
stop_busy

echo "medians:"
for name in lenet_train_batch64 mlp_train_batch64 lenet_train_batch64_busy mlp_train_batch64_busy; do ratio $name pytorch; done
if [ $djl = yes ]; then
    for name in lenet_train_batch64 mlp_train_batch64; do ratio $name djl; done
else
    echo "  djl skipped: DJL and its PyTorch native library are not in ~/.m2, and run.sh needs Maven Central"
fi
for name in lenet_fit_epoch lenet_epoch_peak_rss; do ratio $name pytorch; done
for name in lenet_train_batch64 mlp_train_batch64; do
    awk -v q="$(median dendrite $name)" -v b="$(median dendrite ${name}_busy)" -v n=$name \
        'BEGIN { if (q != "" && b != "") printf "  dendrite %s with 2 busy processes: %.2fx slower than quiet (goal <= 2x)\n", n, q / b }'
done
