package org.dendrite.train;

import java.util.Locale;
import org.dendrite.plot.Figure;
import org.dendrite.plot.TrainingCurves;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * What {@link Trainer#fit} measured, one row per finished epoch: {@code epoch, train_loss,
 * train_accuracy, val_loss, val_accuracy, seconds, learning_rate} (accuracies are NaN for
 * regression, validation columns NaN without a validation set). It is a Tablesaw table, so it
 * prints, filters and plots like one; {@link #plot()} draws the loss and accuracy curves. Its
 * name says how training ended: all epochs, stopped early, or interrupted.
 */
public final class History extends Table {

    private static final String NAME = "training history: ";

    private boolean interrupted;
    private boolean stoppedEarly;
    private int bestEpoch;
    private String outcome = "no epoch finished";
    private final String trainedOn;
    private final String heldOutName;

    History() {
        this("", "validation");
    }

    /** The history of training on the data set named {@code trainedOn}, measuring a held-out set called {@code heldOutName}. */
    History(String trainedOn, String heldOutName) {
        super(NAME + "no epoch finished",
                IntColumn.create("epoch"), DoubleColumn.create("train_loss"), DoubleColumn.create("train_accuracy"),
                DoubleColumn.create("val_loss"), DoubleColumn.create("val_accuracy"), DoubleColumn.create("seconds"),
                DoubleColumn.create("learning_rate"));
        this.trainedOn = trainedOn;
        this.heldOutName = heldOutName;
    }

    /** Appends the row of a finished epoch. */
    void add(int epoch, Metrics train, Metrics validation, double seconds, double learningRate) {
        intColumn("epoch").append(epoch);
        doubleColumn("train_loss").append(train.loss());
        doubleColumn("train_accuracy").append(train.accuracy());
        doubleColumn("val_loss").append(validation == null ? Double.NaN : validation.loss());
        doubleColumn("val_accuracy").append(validation == null ? Double.NaN : validation.accuracy());
        doubleColumn("seconds").append(seconds);
        doubleColumn("learning_rate").append(learningRate);
        setOutcome(epoch + (epoch == 1 ? " epoch" : " epochs"));
    }

    /** Marks the run as interrupted during {@code epoch}, after {@code batch} of its {@code batches}. */
    void markInterrupted(int epoch, int batch, int batches) {
        interrupted = true;
        setOutcome("interrupted in epoch " + epoch + " after batch " + batch + " of " + batches
                + "; the model keeps its weights, the table the " + rowCount() + " finished epochs");
    }

    /** Marks the run as stopped early because the monitored loss had not improved for {@code patience} epochs. */
    void markStoppedEarly(int patience) {
        stoppedEarly = true;
        setOutcome("stopped early after epoch " + lastEpoch() + ", no improvement for " + patience
                + " epochs (best: epoch " + bestEpoch + ")");
    }

    private void setOutcome(String text) {
        outcome = text;
        setName(NAME + text);
    }

    void markBest(int epoch) {
        bestEpoch = epoch;
    }

    /** Whether training was interrupted (a notebook's stop button) before its last epoch. */
    public boolean isInterrupted() {
        return interrupted;
    }

    /** Whether early stopping ended training before its last epoch. */
    public boolean stoppedEarly() {
        return stoppedEarly;
    }

    /** The epoch with the lowest validation loss (training loss without validation); 0 before any. */
    public int bestEpoch() {
        return bestEpoch;
    }

    /** How training ended, such as {@code 10 epochs} or {@code interrupted in epoch 4 after batch 37 of 125; ...}. */
    public String outcome() {
        return outcome;
    }

    /**
     * The outcome with the last epoch's figures and the time taken, such as {@code 10 epochs in
     * 0:42; last epoch: train loss 0.0014, accuracy 1.0000; validation loss 0.1649, accuracy 0.9655}.
     */
    public String report() {
        if (rowCount() == 0) {
            return outcome;
        }
        StringBuilder text = new StringBuilder(outcome).append(" in ")
                .append(ProgressLine.duration(doubleColumn("seconds").sum()))
                .append(String.format(Locale.ROOT, "; last epoch: train loss %.4f", last("train_loss")));
        appendIfNumber(text, ", accuracy %.4f", last("train_accuracy"));
        appendIfNumber(text, "; " + heldOutName + " loss %.4f", last("val_loss"));
        appendIfNumber(text, ", accuracy %.4f", last("val_accuracy"));
        return text.toString();
    }

    private static void appendIfNumber(StringBuilder text, String format, double value) {
        if (!Double.isNaN(value)) {
            text.append(String.format(Locale.ROOT, format, value));
        }
    }

    /** The number of the last finished epoch; 0 before any. */
    public int lastEpoch() {
        return rowCount() == 0 ? 0 : intColumn("epoch").get(rowCount() - 1);
    }

    /** The value of {@code column} (such as {@code val_accuracy}) in the last finished epoch. */
    public double last(String column) {
        if (rowCount() == 0) {
            throw new IllegalStateException("last(" + column + "): the history is empty, no epoch has finished");
        }
        if (!columnNames().contains(column)) {
            throw new IllegalArgumentException("last: there is no column '" + column + "'; the columns are " + columnNames());
        }
        return numberColumn(column).getDouble(rowCount() - 1);
    }

    /** What the set measured after each epoch is called: {@code validation}, or {@code test} (see {@link Trainer#heldOutName}). */
    public String heldOutName() {
        return heldOutName;
    }

    /**
     * The loss and accuracy curves, training against the held-out set, with the best epoch
     * marked and the training set named under the epoch axis.
     */
    public Figure plot() {
        return TrainingCurves.plot(this, trainedOn, heldOutName, bestEpoch);
    }
}
