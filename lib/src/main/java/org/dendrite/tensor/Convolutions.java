package org.dendrite.tensor;

import org.dendrite.tensor.backend.Backend.Pool;
import org.dendrite.tensor.backend.Backend;
import org.dendrite.tensor.backend.Shapes;
import org.dendrite.tensor.backend.Storage;

/**
 * Convolution and pooling of NCHW images, with their gradients. The backend computes both
 * directions; for a convolution {@code y = x ⋆ w + b} the bias gradient is the output gradient
 * summed over everything but the channel.
 */
final class Convolutions {

    private Convolutions() {
    }

    static Tensor conv2d(Tensor x, Tensor weight, Tensor bias, int strideHeight, int strideWidth,
            int paddingHeight, int paddingWidth) {
        Pointwise.checkCompatible("conv2d", x, weight);
        long[] xs = x.storage().shape();
        long[] ws = weight.storage().shape();
        if (ws.length != 4) {
            throw new IllegalArgumentException("conv2d: weight " + Shapes.format(ws) + " should be 4-D: out channels x in channels x K_H x K_W");
        }
        Window2d window = new Window2d((int) ws[2], (int) ws[3], strideHeight, strideWidth, paddingHeight, paddingWidth);
        checkImage("conv2d", xs, window);
        if (xs[1] != ws[1]) {
            throw new IllegalArgumentException("conv2d: input " + Shapes.format(xs) + " has " + xs[1]
                    + " channels but weight " + Shapes.format(ws) + " expects " + ws[1]);
        }
        if (bias != null) {
            Pointwise.checkCompatible("conv2d", x, bias);
            if (bias.dim() != 1 || bias.size(0) != ws[0]) {
                throw new IllegalArgumentException("conv2d: bias " + Shapes.format(bias.storage().shape())
                        + " should have one value per output channel: [" + ws[0] + "]");
            }
        }
        Backend backend = x.backend();
        Storage out = backend.conv2d(x.storage(), weight.storage(), bias == null ? null : bias.storage(), window);
        Node.Backward backward = g -> {
            Storage[] grads = backend.conv2dBackward(x.storage(), weight.storage(), g.storage(), window);
            return new Tensor[] {
                new Tensor(grads[0], backend, null),
                new Tensor(grads[1], backend, null),
                bias == null ? null : g.sum(0, 2, 3)};
        };
        return bias == null
                ? Tensor.record("conv2d", x, out, backward, x, weight)
                : Tensor.record("conv2d", x, out, backward, x, weight, bias);
    }

    /**
     * The 1-D convolution of {@code x} N×C×L with {@code weight} O×C×K: a 2-D convolution of
     * images one row high, so both directions are conv2d's.
     */
    static Tensor conv1d(Tensor x, Tensor weight, Tensor bias, int stride, int padding) {
        if (x.dim() != 3 || weight.dim() != 3) {
            throw new IllegalArgumentException("conv1d: input " + Shapes.format(x.storage().shape()) + " should be N x C x L and weight "
                    + Shapes.format(weight.storage().shape()) + " out channels x in channels x K");
        }
        return conv2d(x.unsqueeze(2), weight.unsqueeze(2), bias, 1, stride, 0, padding).squeeze(2);
    }

    /**
     * The mean of each of {@code outHeight}×{@code outWidth} regions that tile the image, as
     * PyTorch's adaptive pooling: region i of n spans rows ⌊i·H/n⌋ to ⌈(i+1)·H/n⌉.
     */
    static Tensor adaptiveAvgPool2d(Tensor x, int outHeight, int outWidth) {
        if (x.dim() != 4 || outHeight < 1 || outWidth < 1) {
            throw new IllegalArgumentException("adaptiveAvgPool2d: expects an N x C x H x W batch and an output of 1x1 or more, got "
                    + Shapes.format(x.storage().shape()) + " to " + outHeight + "x" + outWidth);
        }
        return adaptiveMean(adaptiveMean(x, 2, outHeight), 3, outWidth);
    }

    private static Tensor adaptiveMean(Tensor x, int dim, int regions) {
        int n = x.size(dim);
        Tensor[] means = new Tensor[regions];
        for (int i = 0; i < regions; i++) {
            int start = Math.floorDiv(i * n, regions);
            int end = -Math.floorDiv(-(i + 1) * n, regions);
            means[i] = x.slice(dim, start, end).mean(dim, true);
        }
        return regions == 1 ? means[0] : Tensor.concat(means, dim);
    }

    static Tensor pool2d(Pool kind, Tensor x, int kernel, int stride, int padding) {
        String op = kind == Pool.MAX ? "maxPool2d" : "avgPool2d";
        Window2d window = Window2d.square(kernel, stride, padding);
        checkImage(op, x.storage().shape(), window);
        if (2 * padding > kernel) {
            throw new IllegalArgumentException(op + ": padding " + padding + " is more than half the kernel " + kernel
                    + ", so some windows would hold only padding");
        }
        Backend backend = x.backend();
        Storage out = backend.pool2d(kind, x.storage(), window);
        return Tensor.record(op, x, out, g -> new Tensor[] {
            new Tensor(backend.pool2dBackward(kind, x.storage(), g.storage(), window), backend, null)}, x);
    }

    private static void checkImage(String op, long[] shape, Window2d window) {
        if (shape.length != 4) {
            throw new IllegalArgumentException(op + ": input " + Shapes.format(shape)
                    + " should be 4-D: batch x channels x height x width (add a batch dimension with unsqueeze(0))");
        }
        if (!window.fits(shape[2], shape[3])) {
            throw new IllegalArgumentException(op + ": the " + window.kernelHeight() + "x" + window.kernelWidth()
                    + " window does not fit the " + shape[2] + "x" + shape[3] + " input with padding "
                    + (window.paddingHeight() == window.paddingWidth()
                            ? String.valueOf(window.paddingHeight()) : window.paddingHeight() + "x" + window.paddingWidth()));
        }
    }
}
