package org.dendrite.nn;

import org.dendrite.tensor.Tensor;

/**
 * Turns each row of scores into probabilities {@code e^s / Σ e^s}. Train with
 * {@code Losses.crossEntropy} on the scores before this layer: it applies the softmax itself.
 */
public final class Softmax extends Module {

    private final int dim;

    /** The softmax over dimension 1 (the classes of an N×classes batch). */
    public Softmax() {
        this(1);
    }

    /** The softmax over dimension {@code dim}. */
    public Softmax(int dim) {
        this.dim = dim;
    }

    @Override
    public Tensor forward(Tensor input) {
        if (input.dim() <= dim) {
            throw wrongInput(input, "a tensor with a dimension " + dim);
        }
        return input.softmax(dim);
    }
}
