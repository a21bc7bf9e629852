package org.dendrite.nn;

/** Batch normalization of an N×features batch, each feature over the N examples. */
public final class BatchNorm1d extends BatchNorm {

    /** Normalizes {@code features} features. */
    public BatchNorm1d(int features) {
        super(features, 2, 0);
    }

    @Override
    String expectedShape(int features) {
        return "[N, " + features + "]";
    }
}
