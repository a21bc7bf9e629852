package org.dendrite.tensor.backend;

/**
 * Where {@code gather} reads and {@code scatterAdd} writes: for each position of the index
 * tensor, the flat offset in the source whose coordinate along {@code dim} is the index value.
 */
public final class GatherIndex {

    private final long[] sourceStrides;
    private final long[] indexShape;
    private final int dim;
    private final long[] index;

    public GatherIndex(long[] sourceShape, int dim, long[] index, long[] indexShape) {
        if (indexShape.length != sourceShape.length) {
            throw new IllegalArgumentException("gather: index shape " + Shapes.format(indexShape)
                    + " must have the rank of the source " + Shapes.format(sourceShape));
        }
        for (int d = 0; d < sourceShape.length; d++) {
            if (d != dim && indexShape[d] > sourceShape[d]) {
                throw new IllegalArgumentException("gather: index shape " + Shapes.format(indexShape)
                        + " exceeds the source " + Shapes.format(sourceShape) + " in dimension " + d);
            }
        }
        for (long i : index) {
            if (i < 0 || i >= sourceShape[dim]) {
                throw new IndexOutOfBoundsException("gather: index " + i + " is out of range for dimension "
                        + dim + " of size " + sourceShape[dim]);
            }
        }
        this.sourceStrides = new long[sourceShape.length];
        long stride = 1;
        for (int d = sourceShape.length - 1; d >= 0; d--) {
            sourceStrides[d] = stride;
            stride *= sourceShape[d];
        }
        this.indexShape = indexShape;
        this.dim = dim;
        this.index = index;
    }

    /** The source offset read for the {@code i}-th element of the index, in row-major order. */
    public int sourceOffset(int i) {
        long rest = i;
        long offset = 0;
        for (int d = indexShape.length - 1; d >= 0; d--) {
            long coordinate = rest % indexShape[d];
            rest /= indexShape[d];
            offset += (d == dim ? index[i] : coordinate) * sourceStrides[d];
        }
        return Math.toIntExact(offset);
    }
}
