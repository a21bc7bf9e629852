package org.dendrite.nn;

import org.dendrite.tensor.Tensor;

/**
 * Average pooling to a fixed output size, whatever the image size: each output value is the
 * mean of one of {@code height}×{@code width} regions that tile the channel. With 1×1 it is
 * global average pooling, the last layer before the classifier in many CNNs.
 */
public final class AdaptiveAvgPool2d extends Module {

    private final int height;
    private final int width;

    /** A square {@code size}×{@code size} output. */
    public AdaptiveAvgPool2d(int size) {
        this(size, size);
    }

    /** A {@code height}×{@code width} output. */
    public AdaptiveAvgPool2d(int height, int width) {
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("AdaptiveAvgPool2d: output " + height + "x" + width + " should be 1x1 or more");
        }
        this.height = height;
        this.width = width;
    }

    @Override
    public Tensor forward(Tensor input) {
        if (input.dim() != 4) {
            throw wrongInput(input, "[N, C, H, W]");
        }
        return input.adaptiveAvgPool2d(height, width);
    }

    @Override
    public String toString() {
        return "AdaptiveAvgPool2d(" + height + "x" + width + ")";
    }
}
