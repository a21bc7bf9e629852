package org.dendrite.nn;

import org.dendrite.tensor.Tensor;

/** The hyperbolic tangent at each position: squashes to (-1, 1), zero-centred, saturates at both ends. */
public final class Tanh extends Module {

    @Override
    public Tensor forward(Tensor input) {
        return input.tanh();
    }
}
