package org.dendrite.nn;

import org.dendrite.tensor.Tensor;
import org.dendrite.tensor.Window2d;

/**
 * A convolution layer: {@code outChannels} filters of {@code inChannels × K × K} slide over the
 * image with stride S over a border of P zeros, each giving one output channel (plus a bias).
 * Weight C_out × C_in × K × K and bias C_out, as in the slides; F·F·D1·K weights + K biases.
 */
public final class Conv2d extends Module {

    private final int inChannels;
    private final int outChannels;
    private final Window2d window;

    /** {@code outChannels} filters of size {@code kernel}×{@code kernel}, stride 1, no padding. */
    public Conv2d(int inChannels, int outChannels, int kernel) {
        this(inChannels, outChannels, kernel, 1, 0);
    }

    /** {@code outChannels} filters of size {@code kernel}×{@code kernel} with the given stride and padding. */
    public Conv2d(int inChannels, int outChannels, int kernel, int stride, int padding) {
        if (inChannels < 1 || outChannels < 1) {
            throw new IllegalArgumentException("Conv2d(" + inChannels + "→" + outChannels + "): channel counts must be 1 or more");
        }
        this.inChannels = inChannels;
        this.outChannels = outChannels;
        this.window = Window2d.square(kernel, stride, padding);
        registerParameter("weight", Init.pytorchDefault().sample(fanIn(), fanOut(), weightShape()));
        registerParameter("bias", Init.pytorchDefault().sampleBias(fanIn(), fanOut(), outChannels));
    }

    /** The C_out × C_in × K × K filters. */
    public Tensor weight() {
        return parameter("weight");
    }

    /** One bias per output channel. */
    public Tensor bias() {
        return parameter("bias");
    }

    /** The kernel size, stride and padding. */
    public Window2d window() {
        return window;
    }

    @Override
    public Tensor forward(Tensor input) {
        if (input.dim() != 4 || input.size(1) != inChannels) {
            throw wrongInput(input, "[N, " + inChannels + ", H, W]");
        }
        if (!window.fits(input.size(2), input.size(3))) {
            throw wrongInput(input, "an image of at least " + window.kernelHeight() + "x" + window.kernelWidth()
                    + " once padded by " + window.paddingHeight());
        }
        return input.conv2d(weight(), bias(), window.strideHeight(), window.paddingHeight());
    }

    @Override
    protected void resetParameters(Init init) {
        weight().copyFrom(init.sample(fanIn(), fanOut(), weightShape()).to(weight().dtype()));
        bias().copyFrom(init.sampleBias(fanIn(), fanOut(), outChannels).to(bias().dtype()));
    }

    /** Each output value is a sum over C_in × K × K products. */
    @Override
    protected long multiplyAdds(int[] inputShape, int[] outputShape) {
        long outputs = 1;
        for (int s : outputShape) {
            outputs *= s;
        }
        return outputs * inChannels * window.kernelHeight() * window.kernelWidth();
    }

    private int[] weightShape() {
        return new int[] {outChannels, inChannels, window.kernelHeight(), window.kernelWidth()};
    }

    private int fanIn() {
        return inChannels * window.kernelHeight() * window.kernelWidth();
    }

    private int fanOut() {
        return outChannels * window.kernelHeight() * window.kernelWidth();
    }

    @Override
    public String toString() {
        return "Conv2d(" + inChannels + "→" + outChannels + ", " + window + ")";
    }
}
