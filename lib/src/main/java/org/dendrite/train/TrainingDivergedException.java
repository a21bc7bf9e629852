package org.dendrite.train;

import java.util.Locale;

/**
 * Training stopped because the loss became NaN or infinite: the steps grew until the numbers
 * overflowed, which a too-high learning rate usually causes. The weights are those of the last
 * good step.
 */
public final class TrainingDivergedException extends ArithmeticException {

    private final int epoch;
    private final int batch;

    TrainingDivergedException(int epoch, int batch, int batches, double loss, double learningRate) {
        super(String.format(Locale.ROOT, "Training diverged: the loss became %s in epoch %d, batch %d of %d, with "
                + "learning rate %s. A step that is too large overshoots the minimum and the loss grows without "
                + "bound; try a smaller learning rate, such as %s.",
                loss, epoch, batch, batches, learningRate, learningRate / 10));
        this.epoch = epoch;
        this.batch = batch;
    }

    /** The epoch in which the loss became NaN or infinite, counted from 1. */
    public int epoch() {
        return epoch;
    }

    /** The batch of that epoch, counted from 1. */
    public int batch() {
        return batch;
    }
}
