package org.dendrite.nn;

/** Batch normalization of an N×C×H×W batch, each channel over all examples and positions. */
public final class BatchNorm2d extends BatchNorm {

    /** Normalizes {@code channels} channels. */
    public BatchNorm2d(int channels) {
        super(channels, 4, 0, 2, 3);
    }

    @Override
    String expectedShape(int channels) {
        return "[N, " + channels + ", H, W]";
    }
}
