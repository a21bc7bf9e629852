package org.dendrite.train;

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

    private boolean interrupted;
    private boolean stoppedEarly;
    private int bestEpoch;

    History() {
        super("training history",
                IntColumn.create("epoch"), DoubleColumn.create("train_loss"), DoubleColumn.create("train_accuracy"),
                DoubleColumn.create("val_loss"), DoubleColumn.create("val_accuracy"), DoubleColumn.create("seconds"),
                DoubleColumn.create("learning_rate"));
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
        setName("training history: " + epoch + (epoch == 1 ? " epoch" : " epochs"));
    }

    /** Marks the run as interrupted during {@code epoch}, after {@code batch} of its {@code batches}. */
    void markInterrupted(int epoch, int batch, int batches) {
        interrupted = true;
        setName("training history: interrupted in epoch " + epoch + " after batch " + batch + " of " + batches
                + "; the model keeps its weights, the table the " + rowCount() + " finished epochs");
    }

    /** Marks the run as stopped early because the monitored loss had not improved for {@code patience} epochs. */
    void markStoppedEarly(int patience) {
        stoppedEarly = true;
        setName("training history: stopped early after epoch " + lastEpoch() + ", no improvement for " + patience
                + " epochs (best: epoch " + bestEpoch + ")");
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

    /** The loss and accuracy curves, training against validation. */
    public Figure plot() {
        return TrainingCurves.plot(this);
    }
}
