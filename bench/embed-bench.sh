#!/usr/bin/env bash
# PCA-50 + Barnes-Hut t-SNE (perplexity 30, 1000 iterations, PCA start) on the first N MNIST-sample
# digits, Dendrite against scikit-learn (../shared/bench/sklearn_embedding_reference.py) in the same
# run: seconds, KL divergence and 5-NN accuracy of the 2-D embedding (5-fold cross-validated by
# scikit-learn for both), then the time to render a 200x200 loss-surface heat map with iso-lines to
# PNG. Needs a compiled lib (mvn -o -q compile -pl lib) and python3-sklearn.
#   bench/embed-bench.sh [N ...]        (default: 2000 5000)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${DENDRITE_SHARED:-$ROOT/../shared}
SIZES=("${@:-2000 5000}")
SIZES=(${SIZES[*]})
out=$(mktemp -d /tmp/dendrite-embed-bench.XXXXXX)
trap 'rm -rf "$out"' EXIT
(cd "$ROOT" && mvn -B -o -q dependency:build-classpath -pl lib -Dmdep.outputFile="$out/classpath" >/dev/null)
java -cp "$ROOT/lib/target/classes:$(cat "$out/classpath")" "$ROOT/bench/EmbedBench.java" \
    "$SHARED/data/mnist-sample" "$out" "${SIZES[@]}" | tee "$out/dendrite.txt"
/usr/bin/python3 "$SHARED/bench/sklearn_embedding_reference.py" "${SIZES[@]}" | tee "$out/sklearn.txt"
for n in "${SIZES[@]}"; do
    accuracy=$(/usr/bin/python3 - "$SHARED/data/mnist-sample" "$out/embedding-$n.txt" "$n" <<'PY'
import gzip, os, sys
import numpy as np
from sklearn.model_selection import cross_val_score
from sklearn.neighbors import KNeighborsClassifier
labels = np.frombuffer(gzip.open(os.path.join(sys.argv[1], "mnist-sample-labels-idx1-ubyte.gz")).read()[8:], dtype=np.uint8)
embedding = np.loadtxt(sys.argv[2])
print(f"{cross_val_score(KNeighborsClassifier(5), embedding, labels[:int(sys.argv[3])], cv=5).mean():.3f}")
PY
)
    field() { grep " n=$n " "$2" | awk -v name="$1" '{ for (i = 1; i < NF; i++) if ($i == name) print $(i + 1) }'; }
    awk -v n="$n" -v dt="$(field seconds "$out/dendrite.txt")" -v st="$(field seconds "$out/sklearn.txt")" \
        -v dp="$(field pca50_seconds "$out/dendrite.txt")" -v sp="$(field pca50_seconds "$out/sklearn.txt")" \
        -v da="$accuracy" -v sa="$(field knn5_accuracy "$out/sklearn.txt")" \
        'BEGIN { printf "n=%d t-SNE time dendrite/sklearn %.2fx (%.2f s / %.2f s), PCA+t-SNE %.2fx, 5-NN accuracy dendrite %.3f sklearn %.3f (diff %+.3f)\n", n, dt / st, dt, st, (dt + dp) / (st + sp), da, sa, da - sa }'
done
