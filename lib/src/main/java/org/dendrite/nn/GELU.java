package org.dendrite.nn;

import org.dendrite.tensor.Tensor;

/** The Gaussian error linear unit {@code x·Φ(x)} (exact, with erf), as in transformers. */
public final class GELU extends Module {

    @Override
    public Tensor forward(Tensor input) {
        return input.gelu();
    }
}
