#!/usr/bin/env bash
# Start-up and `1 + 1` round trip of the Dendrite kernel and of Debian's Python kernel, in one run,
# with ../shared/bench/kernel_latency.py. Needs a built kernel (mvn package) and python3-ipykernel.
#   bench/kernel-latency.sh [RUNS]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SCRIPT=${KERNEL_LATENCY_SCRIPT:-$ROOT/../shared/bench/kernel_latency.py}
RUNS=${1:-30}
jupyter=$(mktemp -d /tmp/dendrite-bench.XXXXXX)
trap 'rm -rf "$jupyter"' EXIT
java -jar "$ROOT/kernel/target/dendrite-kernel.jar" install --prefix "$jupyter" >/dev/null
export JUPYTER_PATH="$jupyter/share/jupyter" JUPYTER_RUNTIME_DIR="$jupyter/runtime" PYDEVD_DISABLE_FILE_VALIDATION=1
run() { /usr/bin/python3 -Xfrozen_modules=off "$SCRIPT" "$1" "$2" "$RUNS" 2>/dev/null | grep '^kernel'; }
java_line=$(run dendrite '1 + 1')
python_line=$(run python3 '1 + 1')
echo "$java_line"
echo "$python_line"
field() { echo "$1" | sed -n "s/.* $2 \([0-9.]*\).*/\1/p"; }
awk -v js="$(field "$java_line" startup_s)" -v ps="$(field "$python_line" startup_s)" \
    -v jp="$(field "$java_line" p50_ms)" -v pp="$(field "$python_line" p50_ms)" \
    'BEGIN { printf "ratio dendrite/python: startup %.2fx, p50 %.2fx\n", js / ps, jp / pp }'
