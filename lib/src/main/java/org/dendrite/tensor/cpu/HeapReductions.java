package org.dendrite.tensor.cpu;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.backend.Backend.Reduction;
import org.dendrite.tensor.backend.Shapes;

/**
 * Reductions of {@link HeapStorage} along dimensions: the reduced dimensions are moved last (a
 * copy only when they are not last already), then each contiguous block of them is reduced in
 * double precision. Arg-max and arg-min give the position within the block, first one on ties.
 */
final class HeapReductions {

    private HeapReductions() {
    }

    /** Reduces along {@code dims}, keeping them as size 1 when {@code keepDim}. */
    static HeapStorage reduce(Reduction op, HeapStorage x, int[] dims, boolean keepDim) {
        HeapStorage blocks = reducedLast(x, dims);
        int length = blockLength(x.shape(), dims);
        double[] out = new double[length == 0 ? 0 : x.size() / length];
        for (int b = 0; b < out.length; b++) {
            out[b] = reduceBlock(op, blocks, b * length, length);
        }
        return result(out, Shapes.reduced(x.shape(), dims, keepDim), x.dtype());
    }

    /** The variance along {@code dims}, divided by n - 1 when {@code unbiased}, else by n. */
    static HeapStorage variance(HeapStorage x, int[] dims, boolean keepDim, boolean unbiased) {
        HeapStorage blocks = reducedLast(x, dims);
        int length = blockLength(x.shape(), dims);
        double[] out = new double[length == 0 ? 0 : x.size() / length];
        for (int b = 0; b < out.length; b++) {
            int start = b * length;
            double mean = reduceBlock(Reduction.MEAN, blocks, start, length);
            double squares = 0;
            for (int i = start; i < start + length; i++) {
                double deviation = blocks.get(i) - mean;
                squares += deviation * deviation;
            }
            out[b] = squares / (unbiased ? length - 1 : length);
        }
        return result(out, Shapes.reduced(x.shape(), dims, keepDim), x.dtype());
    }

    private static double reduceBlock(Reduction op, HeapStorage x, int start, int length) {
        int end = start + length;
        if (op == Reduction.SUM || op == Reduction.MEAN) {
            double sum = 0;
            if (x.dtype() == DType.FLOAT32) {
                float[] v = x.floats();
                for (int i = start; i < end; i++) {
                    sum += v[i];
                }
            } else {
                double[] v = x.doubles();
                for (int i = start; i < end; i++) {
                    sum += v[i];
                }
            }
            return op == Reduction.SUM ? sum : sum / length;
        }
        boolean largest = op == Reduction.MAX || op == Reduction.ARGMAX;
        int best = start;
        for (int i = start + 1; i < end; i++) {
            double v = x.get(i);
            if (largest ? v > x.get(best) : v < x.get(best)) {
                best = i;
            }
        }
        return op == Reduction.ARGMAX || op == Reduction.ARGMIN ? best - start : x.get(best);
    }

    /** {@code x} with {@code dims} moved after the others, in their order. */
    private static HeapStorage reducedLast(HeapStorage x, int[] dims) {
        int rank = x.shape().length;
        int[] sorted = IntStream.of(dims).sorted().toArray();
        int[] order = IntStream.concat(
                IntStream.range(0, rank).filter(d -> Arrays.binarySearch(sorted, d) < 0),
                IntStream.of(sorted)).toArray();
        boolean identity = IntStream.range(0, rank).allMatch(d -> order[d] == d);
        return identity ? x : HeapReshaping.permute(x, order);
    }

    private static int blockLength(long[] shape, int[] dims) {
        long n = 1;
        for (int d : dims) {
            n *= shape[d];
        }
        return (int) n;
    }

    private static HeapStorage result(double[] values, long[] shape, DType dtype) {
        if (dtype == DType.FLOAT64) {
            return HeapStorage.ofDoubles(values, shape);
        }
        float[] floats = new float[values.length];
        for (int i = 0; i < floats.length; i++) {
            floats[i] = (float) values[i];
        }
        return HeapStorage.ofFloats(floats, shape);
    }
}
