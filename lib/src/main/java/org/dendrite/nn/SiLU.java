package org.dendrite.nn;

import org.dendrite.tensor.Tensor;

/** The sigmoid linear unit (swish) {@code x·sigmoid(x)}. */
public final class SiLU extends Module {

    @Override
    public Tensor forward(Tensor input) {
        return input.silu();
    }
}
