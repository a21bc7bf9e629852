package org.dendrite.nn;

import org.dendrite.tensor.Tensor;

/** Passes its input through unchanged: a placeholder where a layer is optional. */
public final class Identity extends Module {

    @Override
    public Tensor forward(Tensor input) {
        return input;
    }
}
