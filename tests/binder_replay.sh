#!/usr/bin/env bash
# Replays what repo2docker runs for Binder after its conda/apt layer, on this machine: copies the
# repository as repo2docker does (the files git knows), runs binder/postBuild there with a
# throw-away HOME (so the kernel lands in that HOME's Jupyter, as in the image), then executes
# the welcome notebook through the kernelspec postBuild installed.
#
# Not covered (no Docker engine here): the image itself, apt.txt and requirements.txt being
# installed on Binder's Ubuntu base, a first Maven download into an empty repository (the
# machine's Maven repository is reused to save time), Binder's launch and its proxy.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=$(mktemp -d /tmp/dendrite-binder.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
M2=${MAVEN_REPO:-$HOME/.m2/repository}

mkdir -p "$WORK/home" "$WORK/repo"
(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$WORK/repo")

# Only what the image's user would have: a HOME of its own, no JUPYTER_* overrides.
env -i PATH="$PATH" HOME="$WORK/home" LANG=C.UTF-8 MAVEN_OPTS="-Dmaven.repo.local=$M2" \
    bash -c 'cd "$1/repo" && bash binder/postBuild' _ "$WORK"
kernelspec="$WORK/home/.local/share/jupyter/kernels/dendrite/kernel.json"
[ -f "$kernelspec" ] || { echo "binder replay: postBuild installed no kernelspec at $kernelspec"; exit 1; }
grep -q -- '-Dorg.bytedeco.javacpp.maxphysicalbytes=' "$kernelspec" \
    || { echo "binder replay: the kernelspec has no memory limit"; exit 1; }

env -i PATH="$PATH" HOME="$WORK/home" LANG=C.UTF-8 DENDRITE_EXECUTED_DIR="$WORK/executed" \
    /usr/bin/python3 "$WORK/repo/tests/run_notebooks.py" "$WORK/repo/notebooks/00-welcome.ipynb"
echo "binder replay: postBuild built the course and installed the kernel; the welcome notebook ran through it"
