package org.dendrite.nn;

import org.dendrite.tensor.Tensor;

/**
 * A fully connected layer {@code y = x Wᵀ + b}: every output is a weighted sum of every input.
 * The weight is stored outputs × inputs, PyTorch's layout, so weights and state dicts move
 * between the two unchanged; the slides' LeNet table writes the same matrix as its transpose,
 * inputs × outputs (2450 × 500, the "neural net in 20 lines" {@code x.mm(w1)}).
 */
public final class Linear extends Module {

    private final int inFeatures;
    private final int outFeatures;
    private final boolean hasBias;

    /** A layer from {@code inFeatures} to {@code outFeatures} with a bias. */
    public Linear(int inFeatures, int outFeatures) {
        this(inFeatures, outFeatures, true);
    }

    /** A layer from {@code inFeatures} to {@code outFeatures}, with a bias if {@code bias}. */
    public Linear(int inFeatures, int outFeatures, boolean bias) {
        if (inFeatures < 1 || outFeatures < 1) {
            throw new IllegalArgumentException("Linear(" + inFeatures + "→" + outFeatures + "): sizes must be 1 or more");
        }
        this.inFeatures = inFeatures;
        this.outFeatures = outFeatures;
        this.hasBias = bias;
        registerParameter("weight", Init.pytorchDefault().sample(inFeatures, outFeatures, outFeatures, inFeatures));
        if (bias) {
            registerParameter("bias", Init.pytorchDefault().sampleBias(inFeatures, outFeatures, outFeatures));
        }
    }

    /** The outputs × inputs weight matrix (PyTorch's layout). */
    public Tensor weight() {
        return parameter("weight");
    }

    /** The bias, one per output, or null. */
    public Tensor bias() {
        return hasBias ? parameter("bias") : null;
    }

    @Override
    public Tensor forward(Tensor input) {
        if (input.dim() != 2 || input.size(1) != inFeatures) {
            throw wrongInput(input, "[N, " + inFeatures + "]" + (input.dim() > 2 ? " (add a Flatten before it)" : ""));
        }
        return input.linear(weight(), bias());
    }

    @Override
    protected void resetParameters(Init init) {
        weight().copyFrom(init.sample(inFeatures, outFeatures, outFeatures, inFeatures).to(weight().dtype()));
        if (hasBias) {
            bias().copyFrom(init.sampleBias(inFeatures, outFeatures, outFeatures).to(bias().dtype()));
        }
    }

    @Override
    protected long multiplyAdds(int[] inputShape, int[] outputShape) {
        return (long) inFeatures * outFeatures;
    }

    @Override
    public String toString() {
        return "Linear(" + inFeatures + "→" + outFeatures + ")";
    }
}
