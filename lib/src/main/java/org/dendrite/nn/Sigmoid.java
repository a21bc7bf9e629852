package org.dendrite.nn;

import org.dendrite.tensor.Tensor;

/** The logistic function {@code 1 / (1 + e^-x)} at each position: squashes to (0, 1), saturates at both ends. */
public final class Sigmoid extends Module {

    @Override
    public Tensor forward(Tensor input) {
        return input.sigmoid();
    }
}
