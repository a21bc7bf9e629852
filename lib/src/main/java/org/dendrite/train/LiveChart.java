package org.dendrite.train;

import java.util.ArrayList;
import java.util.List;
import org.dendrite.plot.Figure;
import org.dendrite.plot.Style;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * The loss and accuracy of a training run so far, against the epoch: the training figures over
 * the batches since the previous point (at fractional epochs), validation at each epoch's end.
 * Progress lines carry the epoch's running means; the mean over the latest batches is recovered
 * from two of them, so the curve follows the model as it is now instead of the epoch's average.
 */
final class LiveChart {

    private static final int WIDTH = 480;
    private static final int HEIGHT = 320;
    private final Curve trainLoss = new Curve();
    private final Curve trainAccuracy = new Curve();
    private final Curve valLoss = new Curve();
    private final Curve valAccuracy = new Curve();

    private final int batches;
    private final String heldOutName;
    private int lastEpoch;
    private int lastBatch;
    private double lastLoss;
    private double lastAccuracy;

    /** A chart for epochs of {@code batches} batches, the held-out curve called {@code heldOutName}. */
    LiveChart(int batches, String heldOutName) {
        this.batches = batches;
        this.heldOutName = heldOutName;
    }

    /** Adds the training figures of the batches since the previous line. */
    void add(ProgressLine line) {
        addWindow(line.epoch(), line.batch(), line.loss(), line.accuracy());
    }

    /** Adds the last epoch of {@code history}: its last batches' training figures and its validation. */
    void add(History history) {
        int row = history.rowCount() - 1;
        int epoch = history.intColumn("epoch").get(row);
        addWindow(epoch, batches, history.doubleColumn("train_loss").getDouble(row),
                history.doubleColumn("train_accuracy").getDouble(row));
        valLoss.add(epoch, history.doubleColumn("val_loss").getDouble(row));
        valAccuracy.add(epoch, history.doubleColumn("val_accuracy").getDouble(row));
    }

    /** Adds the mean over the batches after the last point, given the epoch's running means after {@code batch} batches. */
    private void addWindow(int epoch, int batch, double runningLoss, double runningAccuracy) {
        int before = epoch == lastEpoch ? lastBatch : 0;
        if (batch <= before) {
            return;
        }
        double x = epoch - 1 + (double) batch / batches;
        trainLoss.add(x, windowMean(runningLoss, batch, lastLoss, before));
        trainAccuracy.add(x, windowMean(runningAccuracy, batch, lastAccuracy, before));
        lastEpoch = epoch;
        lastBatch = batch;
        lastLoss = runningLoss;
        lastAccuracy = runningAccuracy;
    }

    private static double windowMean(double meanNow, int batchesNow, double meanBefore, int batchesBefore) {
        double before = batchesBefore == 0 ? 0 : meanBefore * batchesBefore;
        return (meanNow * batchesNow - before) / (batchesNow - batchesBefore);
    }

    /** Whether there is anything to draw yet. */
    boolean isEmpty() {
        return trainLoss.x.isEmpty();
    }

    /** The loss chart, and the accuracy chart beside it for classification. */
    Figure figure() {
        XYChart loss = chart("Loss", "loss", trainLoss, valLoss, LegendPosition.InsideNE);
        if (trainAccuracy.x.isEmpty()) {
            return Figure.row(loss);
        }
        return Figure.row(loss, chart("Accuracy", "accuracy", trainAccuracy, valAccuracy, LegendPosition.InsideSE));
    }

    private XYChart chart(String title, String yTitle, Curve train, Curve validation, LegendPosition legend) {
        XYChart chart = Style.xyChart(title, "epoch", yTitle, WIDTH, HEIGHT);
        chart.getStyler().setLegendPosition(legend);
        chart.addSeries("train", train.x, train.y);
        if (!validation.x.isEmpty()) {
            chart.addSeries(heldOutName, validation.x, validation.y);
        }
        return chart;
    }

    /** The points of one series; NaN values (no validation, regression) are left out. */
    private static final class Curve {
        private final List<Double> x = new ArrayList<>();
        private final List<Double> y = new ArrayList<>();

        void add(double xValue, double yValue) {
            if (Double.isFinite(yValue)) {
                x.add(xValue);
                y.add(yValue);
            }
        }
    }
}
