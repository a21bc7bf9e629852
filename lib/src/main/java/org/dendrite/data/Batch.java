package org.dendrite.data;

import java.util.Objects;
import org.dendrite.tensor.Tensor;

/**
 * One mini-batch: the inputs, shaped for the first layer (such as N×784 or N×1×28×28), and the
 * targets (class indices of shape N, or values for regression).
 */
public record Batch(Tensor inputs, Tensor targets) {

    /** Checks that both are present and hold the same number of examples. */
    public Batch {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(targets, "targets");
        if (inputs.size(0) != targets.size(0)) {
            throw new IllegalArgumentException("Batch: " + inputs.size(0) + " inputs but "
                    + targets.size(0) + " targets");
        }
    }

    /** The number of examples. */
    public int size() {
        return inputs.size(0);
    }
}
