package org.dendrite.tensor;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.dendrite.tensor.backend.Shapes;

/**
 * Sorting along a dimension: the order is found on the host, then the values are gathered in
 * that order, so their gradient goes back to where each value came from. Indices are int64.
 */
final class Sorting {

    private Sorting() {
    }

    /** The values along {@code dim} in ascending (or descending) order, with their original positions. */
    static ValuesAndIndices sort(Tensor x, int dim, boolean descending) {
        int d = Shapes.dim("sort", dim, x.dim());
        return firstInOrder(x, d, x.size(d), descending);
    }

    /** The {@code k} largest (or smallest) values along {@code dim}, in that order, with their positions. */
    static ValuesAndIndices topk(Tensor x, int k, int dim, boolean largest) {
        int d = Shapes.dim("topk", dim, x.dim());
        if (k < 0 || k > x.size(d)) {
            throw new IllegalArgumentException("topk: k = " + k + " is not in 0.." + x.size(d) + ", the size of dimension " + d);
        }
        return firstInOrder(x, d, k, largest);
    }

    /** The distinct values, sorted ascending, as a vector (no gradient); -0.0 and 0.0 count as one. */
    static Tensor unique(Tensor x) {
        double[] values = Arrays.stream(x.toDoubleArray()).map(v -> v + 0.0).sorted().distinct().toArray();
        return LinearAlgebra.like(values, x, values.length);
    }

    /** The first {@code k} positions of each row along {@code dim} once sorted, and the values there. */
    private static ValuesAndIndices firstInOrder(Tensor x, int dim, int k, boolean descending) {
        Tensor rows = x.transpose(dim, -1).detach();
        int[] shape = rows.shape();
        int n = shape.length == 0 ? 1 : shape[shape.length - 1];
        double[] values = rows.toDoubleArray();
        int count = n == 0 ? 0 : values.length / n;
        double[] order = new double[count * k];
        for (int r = 0; r < count; r++) {
            int offset = r * n;
            Comparator<Integer> ascending = Comparator.comparingDouble(i -> values[offset + i]);
            Integer[] sorted = IntStream.range(0, n).boxed()
                    .sorted(descending ? ascending.reversed() : ascending).toArray(Integer[]::new);
            for (int j = 0; j < k; j++) {
                order[r * k + j] = sorted[j];
            }
        }
        if (shape.length > 0) {
            shape[shape.length - 1] = k;
        }
        long[] indexShape = Arrays.stream(shape).asLongStream().toArray();
        Tensor indices = Tensor.leaf(x.backend().fromDoubles(order, indexShape, DType.INT64), x.backend()).transpose(dim, -1);
        return new ValuesAndIndices(x.gather(dim, indices), indices);
    }
}
