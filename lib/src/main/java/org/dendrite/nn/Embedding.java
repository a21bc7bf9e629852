package org.dendrite.nn;

import java.util.Arrays;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.Tensor;

/**
 * A lookup table of {@code count} learned vectors of {@code dim} values: index i gives row i of
 * the weight. Input: an int64 tensor of indices of any shape; output: that shape plus one
 * dimension of {@code dim}. The weight starts standard normal, as PyTorch's.
 */
public final class Embedding extends Module {

    private final int count;
    private final int dim;

    /** {@code count} vectors of {@code dim} values. */
    public Embedding(int count, int dim) {
        if (count < 1 || dim < 1) {
            throw new IllegalArgumentException("Embedding(" + count + ", " + dim + "): sizes must be 1 or more");
        }
        this.count = count;
        this.dim = dim;
        registerParameter("weight", Tensor.randn(count, dim));
    }

    /** The count × dim table. */
    public Tensor weight() {
        return parameter("weight");
    }

    @Override
    public Tensor forward(Tensor input) {
        if (input.dtype() != DType.INT64) {
            throw new IllegalArgumentException(this + ": the indices must be int64, got " + input.dtype()
                    + "; convert with .to(DType.INT64)");
        }
        long[] values = input.toLongArray();
        int[] rows = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || values[i] >= count) {
                throw new IllegalArgumentException(this + ": index " + values[i] + " at " + i + " is not in 0.." + (count - 1));
            }
            rows[i] = (int) values[i];
        }
        int[] shape = Arrays.copyOf(input.shape(), input.dim() + 1);
        shape[input.dim()] = dim;
        return weight().indexSelect(0, rows).reshape(shape);
    }

    @Override
    protected void resetParameters(Init init) {
        weight().copyFrom(init.sample(count, dim, count, dim).to(weight().dtype()));
    }

    @Override
    public String toString() {
        return "Embedding(" + count + ", " + dim + ")";
    }
}
