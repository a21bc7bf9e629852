package org.dendrite.nn;

import org.dendrite.tensor.Tensor;

/** The exponential linear unit: {@code x} for x ≥ 0, {@code α(e^x - 1)} below; mean outputs nearer zero than ReLU's. */
public final class ELU extends Module {

    private final double alpha;

    /** With α = 1. */
    public ELU() {
        this(1.0);
    }

    /** With the given α, the value approached for very negative inputs is -α. */
    public ELU(double alpha) {
        if (!(alpha > 0)) {
            throw new IllegalArgumentException("ELU: alpha " + alpha + " should be positive");
        }
        this.alpha = alpha;
    }

    @Override
    public Tensor forward(Tensor input) {
        return input.elu(alpha);
    }

    @Override
    public String toString() {
        return "ELU(" + alpha + ")";
    }
}
