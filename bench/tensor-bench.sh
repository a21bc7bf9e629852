#!/usr/bin/env bash
# Dendrite tensors against PyTorch in one run, rounds interleaved (Dendrite, PyTorch, Dendrite, ...)
# because the machine is shared; prints each round with the load average and the medians with
# their ratios:
#   - the slides' "neural net in 20 lines", float32 (../shared/bench/twenty_lines_reference.py),
#   - one 64x100 add in µs, and 1024x1024 SGEMM in GFLOP/s (bench/tensor_ops_reference.py),
#   - the 20-line network again with two competing CPU-bound processes, which the script starts
#     and stops itself (bench/busy.sh), and how far each library drops from the quiet run.
#   bench/tensor-bench.sh [ROUNDS] [ITERATIONS]
# OpenMP threads wait passively (OMP_WAIT_POLICY=PASSIVE) on both sides, as the kernel sets it:
# with the default spinning, on a loaded machine both libraries slow down 20-50x and the figures
# measure the scheduler. BENCH_WAIT_POLICY=default keeps each library's default.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
REFERENCE=${TWENTY_LINES_REFERENCE:-$ROOT/../shared/bench/twenty_lines_reference.py}
ROUNDS=${1:-3}
ITERATIONS=${2:-1000}
if [ "${BENCH_WAIT_POLICY:-passive}" = passive ]; then export OMP_WAIT_POLICY=PASSIVE; fi
source "$ROOT/bench/busy.sh"

cd "$ROOT"
mvn -B -o -q test-compile -pl lib
classpath_file=$(mktemp /tmp/dendrite-bench-cp.XXXXXX)
results=$(mktemp /tmp/dendrite-bench-results.XXXXXX)
trap 'stop_busy; rm -f "$classpath_file" "$results"' EXIT
mvn -B -o -q dependency:build-classpath -pl lib -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file" >/dev/null
CLASSPATH_ALL="lib/target/classes:lib/target/test-classes:$(cat "$classpath_file")"

# Each figure line gets the load average at its end and a suffix (_busy) in the busy phase.
record() { sed -u "s/^\([a-z0-9_]*\) \(.*\)$/\1$1 \2 load $(load)/" | tee -a "$results"; }
rounds() {
    for round in $(seq "$ROUNDS"); do
        java -cp "$CLASSPATH_ALL" org.dendrite.bench.TensorBench "$ITERATIONS" "$2" | record "$1"
        /usr/bin/python3 "$REFERENCE" "$ITERATIONS" | grep torch_f32 | record "$1"
        if [ "$2" = all ]; then /usr/bin/python3 bench/tensor_ops_reference.py | record "$1"; fi
    done
}
echo "quiet phase, load average $(load)"
rounds "" all
start_busy 2
echo "busy phase: 2 CPU-bound loops running, load average $(load)"
rounds _busy twenty
stop_busy

median() { grep "^$1 " "$results" | awk '{print $2}' | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
echo "medians over $ROUNDS rounds (OMP_WAIT_POLICY=${OMP_WAIT_POLICY:-default}):"
awk -v d="$(median twenty_lines_dendrite_f32)" -v t="$(median twenty_lines_torch_f32)" \
    'BEGIN { printf "twenty lines f32: Dendrite %.0f, PyTorch %.0f iterations/s, ratio %.2fx (goal >= 1.0x)\n", d, t, d / t }'
awk -v d="$(median add_64x100_dendrite)" -v t="$(median add_64x100_torch)" \
    'BEGIN { printf "64x100 add: Dendrite %.1f us, PyTorch %.1f us, %.1fx the time (goal <= 3 us)\n", d, t, d / t }'
awk -v d="$(median sgemm_1024_dendrite)" -v t="$(median sgemm_1024_torch)" \
    'BEGIN { printf "SGEMM 1024: Dendrite %.1f, PyTorch %.1f GFLOP/s, ratio %.2fx (goal >= 0.7x)\n", d, t, d / t }'
awk -v d="$(median twenty_lines_dendrite_f32_busy)" -v t="$(median twenty_lines_torch_f32_busy)" \
    -v dq="$(median twenty_lines_dendrite_f32)" -v tq="$(median twenty_lines_torch_f32)" \
    'BEGIN { printf "twenty lines f32 with 2 busy processes: Dendrite %.0f (%.2fx slower than quiet, goal <= 2x), PyTorch %.0f (%.2fx slower), ratio %.2fx\n", d, dq / d, t, tq / t, d / t }'
