package org.dendrite.nn;

import org.dendrite.tensor.Tensor;

/**
 * The logarithm of the softmax, {@code s - log Σ e^s}, computed without overflow; followed by
 * {@code Losses.nll} it gives the cross-entropy.
 */
public final class LogSoftmax extends Module {

    private final int dim;

    /** Over dimension 1 (the classes of an N×classes batch). */
    public LogSoftmax() {
        this(1);
    }

    /** Over dimension {@code dim}. */
    public LogSoftmax(int dim) {
        this.dim = dim;
    }

    @Override
    public Tensor forward(Tensor input) {
        if (input.dim() <= dim) {
            throw wrongInput(input, "a tensor with a dimension " + dim);
        }
        return input.logSoftmax(dim);
    }
}
