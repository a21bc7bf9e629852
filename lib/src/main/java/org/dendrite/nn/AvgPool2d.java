package org.dendrite.nn;

import org.dendrite.tensor.Tensor;

/** Downsamples each channel to the mean of each window (padding counts as zeros). */
public final class AvgPool2d extends Pool2d {

    /** Non-overlapping {@code kernel}×{@code kernel} windows (stride = kernel), as {@code AvgPool2d(2)}. */
    public AvgPool2d(int kernel) {
        this(kernel, kernel, 0);
    }

    /** {@code kernel}×{@code kernel} windows moved by {@code stride}. */
    public AvgPool2d(int kernel, int stride) {
        this(kernel, stride, 0);
    }

    /** {@code kernel}×{@code kernel} windows moved by {@code stride} over an input padded by {@code padding}. */
    public AvgPool2d(int kernel, int stride, int padding) {
        super(kernel, stride, padding);
    }

    @Override
    Tensor pool(Tensor input, int kernel, int stride, int padding) {
        return input.avgPool2d(kernel, stride, padding);
    }
}
