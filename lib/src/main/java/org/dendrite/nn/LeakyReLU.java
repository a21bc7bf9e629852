package org.dendrite.nn;

import org.dendrite.tensor.Tensor;

/** {@code max(slope·x, x)} at each position: a ReLU that never dies; the slides use slope 0.1. */
public final class LeakyReLU extends Module {

    private final double slope;

    /** The slides' {@code max(0.1x, x)}. */
    public LeakyReLU() {
        this(0.1);
    }

    /** {@code max(slope·x, x)}, slope below 1 (PyTorch's default is 0.01). */
    public LeakyReLU(double slope) {
        if (!(slope >= 0 && slope < 1)) {
            throw new IllegalArgumentException("LeakyReLU: slope " + slope + " should be in [0, 1)");
        }
        this.slope = slope;
    }

    @Override
    public Tensor forward(Tensor input) {
        return input.leakyRelu(slope);
    }

    @Override
    public String toString() {
        return "LeakyReLU(" + slope + ")";
    }
}
