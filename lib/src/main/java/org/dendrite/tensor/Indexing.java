package org.dendrite.tensor;

import java.util.function.LongUnaryOperator;

/**
 * Picking parts of a tensor: slices, rows, index lists and per-row gathers. Each backward puts
 * the gradient back where its values came from, adding where a position was picked twice.
 */
final class Indexing {

    private Indexing() {
    }

    static Tensor slice(Tensor x, int dim, int start, int end) {
        int d = Shapes.dim("slice", dim, x.dim());
        int size = x.size(d);
        int from = start < 0 ? start + size : start;
        int to = end < 0 ? end + size : Math.min(end, size);
        if (from < 0 || from > to) {
            throw new IndexOutOfBoundsException("slice: [" + start + ", " + end + ") is not a range of dimension " + d + " of size " + size);
        }
        Storage out = x.backend().slice(x.storage(), d, from, to);
        return Tensor.record("slice", x, out, g -> new Tensor[] {placed(g, x, d, coordinate -> from + coordinate)}, x);
    }

    static Tensor select(Tensor x, int dim, int index) {
        int d = Shapes.dim("select", dim, x.dim());
        int size = x.size(d);
        int i = index < 0 ? index + size : index;
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("select: index " + index + " is out of range for dimension " + d + " of size " + size);
        }
        return slice(x, d, i, i + 1).squeeze(d);
    }

    static Tensor indexSelect(Tensor x, int dim, int[] indices) {
        int d = Shapes.dim("indexSelect", dim, x.dim());
        long[] picked = new long[indices.length];
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0 || indices[i] >= x.size(d)) {
                throw new IndexOutOfBoundsException("indexSelect: index " + indices[i] + " is out of range for dimension " + d + " of size " + x.size(d));
            }
            picked[i] = indices[i];
        }
        Storage out = x.backend().indexSelect(x.storage(), d, picked);
        return Tensor.record("indexSelect", x, out, g -> new Tensor[] {placed(g, x, d, coordinate -> picked[(int) coordinate])}, x);
    }

    static Tensor gather(Tensor x, int dim, Tensor index) {
        int d = Shapes.dim("gather", dim, x.dim());
        double[] values = index.toDoubleArray();
        long[] positions = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            positions[i] = (long) values[i];
            if (positions[i] != values[i]) {
                throw new IllegalArgumentException("gather: index " + values[i] + " at " + i + " is not a whole number");
            }
        }
        long[] indexShape = index.storage().shape();
        Storage out = x.backend().gather(x.storage(), d, positions, indexShape);
        return Tensor.record("gather", x, out, g -> new Tensor[] {
            new Tensor(g.backend().scatterAdd(x.storage().shape(), d, positions, indexShape, g.storage()), g.backend(), null)}, x);
    }

    /**
     * A zero tensor shaped like {@code x} holding {@code g}, whose element with coordinate c
     * along {@code dim} goes to coordinate {@code source.applyAsLong(c)}.
     */
    private static Tensor placed(Tensor g, Tensor x, int dim, LongUnaryOperator source) {
        long[] shape = g.storage().shape();
        long[] index = new long[Math.toIntExact(Shapes.numel(shape))];
        long inner = 1;
        for (int d = shape.length - 1; d > dim; d--) {
            inner *= shape[d];
        }
        for (int i = 0; i < index.length; i++) {
            index[i] = source.applyAsLong((i / inner) % shape[dim]);
        }
        return new Tensor(g.backend().scatterAdd(x.storage().shape(), dim, index, shape, g.storage()), g.backend(), null);
    }
}
