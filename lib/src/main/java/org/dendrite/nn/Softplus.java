package org.dendrite.nn;

import org.dendrite.tensor.Tensor;

/** Softplus {@code log(1 + e^{βx}) / β}, a smooth ReLU, linear where {@code βx} exceeds a threshold (PyTorch's 20). */
public final class Softplus extends Module {

    private final double beta;
    private final double threshold;

    /** With β = 1 and threshold 20, PyTorch's defaults. */
    public Softplus() {
        this(1, 20);
    }

    /** With the given β (sharper for larger β) and threshold. */
    public Softplus(double beta, double threshold) {
        if (!(beta > 0)) {
            throw new IllegalArgumentException("Softplus: beta " + beta + " should be positive");
        }
        this.beta = beta;
        this.threshold = threshold;
    }

    @Override
    public Tensor forward(Tensor input) {
        return input.softplus(beta, threshold);
    }

    @Override
    public String toString() {
        return "Softplus(beta=" + beta + ", threshold=" + threshold + ")";
    }
}
