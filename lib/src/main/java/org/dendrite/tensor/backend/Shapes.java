package org.dendrite.tensor.backend;

import java.util.Arrays;

/** Shape arithmetic: element counts, NumPy broadcasting, dimension checks, and shapes in messages. */
public final class Shapes {

    private Shapes() {
    }

    /** The number of elements of a tensor of {@code shape} (1 for a scalar). */
    public static long numel(long[] shape) {
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        return n;
    }

    /**
     * The shape two tensors broadcast to (NumPy's rule: align trailing dimensions; each pair is
     * equal or one of them is 1), or an error naming {@code op} and both shapes.
     */
    public static long[] broadcast(String op, long[] a, long[] b) {
        int rank = Math.max(a.length, b.length);
        long[] out = new long[rank];
        for (int i = 0; i < rank; i++) {
            long x = i < rank - a.length ? 1 : a[i - (rank - a.length)];
            long y = i < rank - b.length ? 1 : b[i - (rank - b.length)];
            if (x != y && x != 1 && y != 1) {
                throw new IllegalArgumentException(op + ": shapes " + format(a) + " and " + format(b)
                        + " cannot be broadcast (dimension " + i + ": " + x + " vs " + y + ")");
            }
            out[i] = x == 1 ? y : x;
        }
        return out;
    }

    /** A dimension index, negative ones counted from the end, checked against {@code rank}. */
    public static int dim(String op, int dim, int rank) {
        int d = dim < 0 ? dim + rank : dim;
        if (d < 0 || d >= Math.max(rank, 1)) {
            throw new IllegalArgumentException(op + ": dimension " + dim + " is out of range for a tensor of rank " + rank);
        }
        return d;
    }

    /** {@code [2, 3]}, as shapes are written in messages. */
    public static String format(long[] shape) {
        return Arrays.toString(shape).replace(" ", "");
    }

    /** The shape left after reducing {@code dims}: those dimensions dropped, or size 1 when {@code keepDim}. */
    public static long[] reduced(long[] shape, int[] dims, boolean keepDim) {
        long[] kept = shape.clone();
        for (int d : dims) {
            kept[d] = -1;
        }
        return keepDim
                ? Arrays.stream(kept).map(s -> s < 0 ? 1 : s).toArray()
                : Arrays.stream(kept).filter(s -> s >= 0).toArray();
    }
}
