package org.dendrite.nn;

import org.dendrite.tensor.Tensor;

/** The rectified linear unit {@code max(0, x)} at each position: the slides' default activation. */
public final class ReLU extends Module {

    @Override
    public Tensor forward(Tensor input) {
        return input.relu();
    }
}
