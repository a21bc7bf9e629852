package org.dendrite.nn;

import org.dendrite.tensor.Tensor;

/**
 * A 1-D convolution layer, for signals and sequences (the slides' 1-D example): {@code outChannels}
 * filters of {@code inChannels × K} slide along an N×C×L input with a stride over a border of
 * zeros, each giving one output channel plus a bias. Weight C_out × C_in × K, bias C_out.
 */
public final class Conv1d extends Module {

    private final int inChannels;
    private final int outChannels;
    private final int kernel;
    private final int stride;
    private final int padding;

    /** {@code outChannels} filters of length {@code kernel}, stride 1, no padding. */
    public Conv1d(int inChannels, int outChannels, int kernel) {
        this(inChannels, outChannels, kernel, 1, 0);
    }

    /** {@code outChannels} filters of length {@code kernel} with the given stride and padding. */
    public Conv1d(int inChannels, int outChannels, int kernel, int stride, int padding) {
        if (inChannels < 1 || outChannels < 1 || kernel < 1 || stride < 1 || padding < 0) {
            throw new IllegalArgumentException("Conv1d(" + inChannels + "→" + outChannels + ", kernel " + kernel + ", stride " + stride
                    + ", padding " + padding + "): channels, kernel and stride must be 1 or more, padding 0 or more");
        }
        this.inChannels = inChannels;
        this.outChannels = outChannels;
        this.kernel = kernel;
        this.stride = stride;
        this.padding = padding;
        registerParameter("weight", Init.pytorchDefault().sample(inChannels * kernel, outChannels * kernel, outChannels, inChannels, kernel));
        registerParameter("bias", Init.pytorchDefault().sampleBias(inChannels * kernel, outChannels * kernel, outChannels));
    }

    /** The C_out × C_in × K filters. */
    public Tensor weight() {
        return parameter("weight");
    }

    /** One bias per output channel. */
    public Tensor bias() {
        return parameter("bias");
    }

    @Override
    public Tensor forward(Tensor input) {
        if (input.dim() != 3 || input.size(1) != inChannels) {
            throw wrongInput(input, "[N, " + inChannels + ", L]");
        }
        if (input.size(2) + 2 * padding < kernel) {
            throw wrongInput(input, "a length of at least " + kernel + " once padded by " + padding);
        }
        return input.conv1d(weight(), bias(), stride, padding);
    }

    @Override
    protected void resetParameters(Init init) {
        weight().copyFrom(init.sample(inChannels * kernel, outChannels * kernel, outChannels, inChannels, kernel).to(weight().dtype()));
        bias().copyFrom(init.sampleBias(inChannels * kernel, outChannels * kernel, outChannels).to(bias().dtype()));
    }

    /** Each output value is a sum over C_in × K products. */
    @Override
    protected long multiplyAdds(int[] inputShape, int[] outputShape) {
        long outputs = 1;
        for (int s : outputShape) {
            outputs *= s;
        }
        return outputs * inChannels * kernel;
    }

    @Override
    public String toString() {
        return "Conv1d(" + inChannels + "→" + outChannels + ", kernel " + kernel + ", stride " + stride + ", padding " + padding + ")";
    }
}
