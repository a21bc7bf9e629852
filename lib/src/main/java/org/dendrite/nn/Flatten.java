package org.dendrite.nn;

import org.dendrite.tensor.Tensor;

/** Merges all dimensions but the batch into one: N×50×7×7 becomes N×2450, ready for a {@link Linear}. */
public final class Flatten extends Module {

    @Override
    public Tensor forward(Tensor input) {
        if (input.dim() < 2) {
            throw wrongInput(input, "a batch [N, ...] with 2 or more dimensions");
        }
        return input.flatten(1);
    }
}
