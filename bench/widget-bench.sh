#!/usr/bin/env bash
# Time from a slider moved in the front-end to its redrawn decision-boundary chart
# (bench/widget_bench.py: a comm_msg update as ipywidgets 8 sends it, to the chart's
# update_display_data; an MLP on noisy XOR, 200 points). Goal: p50 <= 150 ms.
# Needs a built kernel (mvn package).
#   bench/widget-bench.sh [RUNS]        (default 20)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-20}
jupyter=$(mktemp -d /tmp/dendrite-bench.XXXXXX)
trap 'rm -rf "$jupyter"' EXIT
java -jar "$ROOT/kernel/target/dendrite-kernel.jar" install --prefix "$jupyter" --memory 2g >/dev/null
export JUPYTER_PATH="$jupyter/share/jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}" JUPYTER_RUNTIME_DIR="$jupyter/runtime"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
/usr/bin/python3 "$ROOT/bench/widget_bench.py" dendrite "$RUNS"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
