package org.dendrite.nn.loss;

import org.dendrite.tensor.Tensor;

/**
 * A loss: how far a network's output is from the targets, as a one-element tensor to call
 * {@code backward()} on. Every function of {@link Losses} is one: {@code Loss loss = Losses::crossEntropy}.
 */
@FunctionalInterface
public interface Loss {

    /** The loss of {@code output} (such as N×classes scores) against {@code target} (such as N class indices). */
    Tensor apply(Tensor output, Tensor target);
}
