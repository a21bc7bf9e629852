#!/usr/bin/env bash
# conv2d forward and forward+backward GFLOP/s on 64x20x28x28 * 50x20x5x5 (padding 2): Dendrite
# (bench/ConvBench.java, ND4J with the CPU variant chosen at start-up) and PyTorch (the conv2d
# lines of ../shared/bench/pytorch_cpu_reference.py: same shapes, repetitions and FLOP counts),
# in one run, with their ratio. Needs a compiled lib (mvn -o -q compile -pl lib) and python3-torch.
#   bench/conv-bench.sh [RUNS]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-1}
classpath=$(mktemp /tmp/dendrite-cp.XXXXXX)
trap 'rm -f "$classpath"' EXIT
mvn -B -o -q -f "$ROOT/pom.xml" -pl lib dependency:build-classpath -Dmdep.outputFile="$classpath" >/dev/null
pytorch_conv() {
    /usr/bin/python3 - <<'PY'
import time
import torch
import torch.nn.functional as F

def timed(fn, reps):
    for _ in range(3):
        fn()
    t = time.perf_counter()
    for _ in range(reps):
        fn()
    return (time.perf_counter() - t) / reps

torch.manual_seed(0)
x = torch.randn(64, 20, 28, 28)
w = torch.randn(50, 20, 5, 5)
print(f"torch_threads {torch.get_num_threads()} threads")
dt = timed(lambda: F.conv2d(x, w, padding=2), 10)
print(f"conv2d_fwd_64x20x28x28_k50x5x5 {2*64*50*28*28*20*25/dt/1e9:.1f} GFLOP/s")
xg = x.clone().requires_grad_(); wg = w.clone().requires_grad_()
def fb():
    F.conv2d(xg, wg, padding=2).sum().backward()
dt = timed(fb, 5)
print(f"conv2d_fwd_bwd_64x20x28x28_k50x5x5 {3*2*64*50*28*28*20*25/dt/1e9:.1f} GFLOP/s")
PY
}
field() { echo "$1" | sed -n "s/^$2 \([0-9.]*\) .*/\1/p"; }
for run in $(seq "$RUNS"); do
    dendrite=$(java -cp "$(cat "$classpath"):$ROOT/lib/target/classes" "$ROOT/bench/ConvBench.java" 2>/dev/null)
    pytorch=$(pytorch_conv 2>/dev/null)
    echo "run $run (load average $(cut -d' ' -f1 /proc/loadavg))"
    echo "$dendrite" | sed 's/^/  dendrite /'
    echo "$pytorch" | sed 's/^/  pytorch  /'
    for name in conv2d_fwd_64x20x28x28_k50x5x5 conv2d_fwd_bwd_64x20x28x28_k50x5x5; do
        awk -v d="$(field "$dendrite" $name)" -v p="$(field "$pytorch" $name)" -v n="$name" \
            'BEGIN { printf "  ratio dendrite/pytorch %s %.2fx\n", n, d / p }'
    done
done
