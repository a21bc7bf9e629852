package org.dendrite.nn;

import org.dendrite.tensor.Tensor;

/**
 * Inverted dropout: in training each value is zeroed with probability p and the survivors are
 * divided by 1 - p, so the expected value is unchanged (the slides' "unbiased noise" x/(1-p));
 * in evaluation it passes the input through. Masks come from {@link Tensor#manualSeed}'s generator.
 */
public final class Dropout extends Module {

    private final double p;

    /** Drops each value with probability {@code p}, in [0, 1). */
    public Dropout(double p) {
        if (!(p >= 0 && p < 1)) {
            throw new IllegalArgumentException("Dropout: p " + p + " should be in [0, 1)");
        }
        this.p = p;
    }

    @Override
    public Tensor forward(Tensor input) {
        if (!isTraining() || p == 0) {
            return input;
        }
        Tensor keep = Tensor.rand(input.shape()).to(input.device()).ge(p).to(input.dtype());
        return input.mul(keep).div(1 - p);
    }

    @Override
    public String toString() {
        return "Dropout(p=" + p + ")";
    }
}
