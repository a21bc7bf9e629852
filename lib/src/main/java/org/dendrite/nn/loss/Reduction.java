package org.dendrite.nn.loss;

import org.dendrite.tensor.Tensor;

/** How per-example (or per-element) losses become the loss: their mean, their sum, or all of them. */
public enum Reduction {
    /** The mean: the loss of a mini-batch, whose size then does not change the step size. */
    MEAN,
    /** The sum. */
    SUM,
    /** No reduction: one loss per example (or element), as the slides list them. */
    NONE;

    /** {@code losses} reduced this way. */
    public Tensor apply(Tensor losses) {
        return switch (this) {
            case MEAN -> losses.mean();
            case SUM -> losses.sum();
            case NONE -> losses;
        };
    }
}
