#!/usr/bin/env bash
# Cell latency of the Dendrite kernel against Debian's Python kernel (and JJava when JJAVA_KERNEL
# names an installed kernelspec), in interleaved rounds of one run, with
# ../shared/bench/kernel_latency.py: start-up, the first cell, and the p50/p90 round trip of
#   `1 + 1`; a 5-statement cell (an array filled in a loop, a sum, String.format); 20 statements.
# Needs a built kernel (mvn package) and python3-ipykernel.
#   bench/kernel-latency.sh [RUNS] [ROUNDS]        (defaults 30 and 2)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SCRIPT=${KERNEL_LATENCY_SCRIPT:-$ROOT/../shared/bench/kernel_latency.py}
RUNS=${1:-30}
ROUNDS=${2:-2}
jupyter=$(mktemp -d /tmp/dendrite-bench.XXXXXX)
trap 'rm -rf "$jupyter"' EXIT
java -jar "$ROOT/kernel/target/dendrite-kernel.jar" install --prefix "$jupyter" >/dev/null
export JUPYTER_PATH="$jupyter/share/jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}" JUPYTER_RUNTIME_DIR="$jupyter/runtime"
export PYDEVD_DISABLE_FILE_VALIDATION=1

java_five='int[] squares = new int[100];
for (int i = 0; i < squares.length; i++) squares[i] = i * i;
int total = 0;
for (int s : squares) total += s;
String.format("sum of squares: %d", total)'
python_five='squares = [0] * 100
for i in range(len(squares)): squares[i] = i * i
total = 0
for s in squares: total += s
"sum of squares: %d" % total'
java_twenty=$(for i in $(seq 20); do echo "int v$i = $i;"; done)
python_twenty=$(for i in $(seq 20); do echo "v$i = $i"; done)

kernels=(dendrite python3)
[ -z "${JJAVA_KERNEL:-}" ] || kernels+=("$JJAVA_KERNEL")
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
for round in $(seq "$ROUNDS"); do
  for cell in one five twenty; do
    for kernel in "${kernels[@]}"; do
      case "$kernel:$cell" in
        python3:one|*:one) code='1 + 1' ;;
        python3:five) code=$python_five ;;
        python3:twenty) code=$python_twenty ;;
        *:five) code=$java_five ;;
        *:twenty) code=$java_twenty ;;
      esac
      line=$(/usr/bin/python3 -Xfrozen_modules=off "$SCRIPT" "$kernel" "$code" "$RUNS" 2>/dev/null | grep '^kernel')
      echo "round $round cell $cell $line"
    done
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
