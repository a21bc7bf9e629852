package org.dendrite.nn;

import org.dendrite.tensor.Tensor;

/**
 * Downsamples each channel to the largest value of each window: the slides' 4x4 slice pooled with
 * a 2x2 kernel and stride 2 gives [[6, 8], [3, 4]]. Brings invariance to small shifts.
 */
public final class MaxPool2d extends Pool2d {

    /** Non-overlapping {@code kernel}×{@code kernel} windows (stride = kernel), as {@code MaxPool2d(2)}. */
    public MaxPool2d(int kernel) {
        this(kernel, kernel, 0);
    }

    /** {@code kernel}×{@code kernel} windows moved by {@code stride}. */
    public MaxPool2d(int kernel, int stride) {
        this(kernel, stride, 0);
    }

    /** {@code kernel}×{@code kernel} windows moved by {@code stride} over an input padded by {@code padding}. */
    public MaxPool2d(int kernel, int stride, int padding) {
        super(kernel, stride, padding);
    }

    @Override
    Tensor pool(Tensor input, int kernel, int stride, int padding) {
        return input.maxPool2d(kernel, stride, padding);
    }
}
