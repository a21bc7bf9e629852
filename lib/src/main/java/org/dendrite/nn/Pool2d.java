package org.dendrite.nn;

import org.dendrite.tensor.Tensor;
import org.dendrite.tensor.Window2d;

/** What max and average pooling share: a K×K window moved by S over each channel; no parameters. */
abstract class Pool2d extends Module {

    private final Window2d window;

    Pool2d(int kernel, int stride, int padding) {
        this.window = Window2d.square(kernel, stride, padding);
    }

    /** The kernel size, stride and padding. */
    public Window2d window() {
        return window;
    }

    /** Pools a checked N×C×H×W input. */
    abstract Tensor pool(Tensor input, int kernel, int stride, int padding);

    @Override
    public Tensor forward(Tensor input) {
        if (input.dim() != 4 || !window.fits(input.size(2), input.size(3))) {
            throw wrongInput(input, "[N, C, H, W] with H and W at least " + window.kernelHeight() + " once padded");
        }
        return pool(input, window.kernelHeight(), window.strideHeight(), window.paddingHeight());
    }

    @Override
    public String toString() {
        String settings = "K=" + window.kernelHeight() + ", S=" + window.strideHeight();
        return getClass().getSimpleName() + "(" + (window.paddingHeight() == 0 ? settings : window.toString()) + ")";
    }
}
