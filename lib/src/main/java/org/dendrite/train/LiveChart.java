package org.dendrite.train;

import java.util.ArrayList;
import java.util.List;
import org.dendrite.plot.Figure;
import org.dendrite.plot.Style;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * The loss and accuracy of a training run so far, against the epoch: the training figures as
 * the epochs run (each epoch's running mean, at fractional epochs), validation at each epoch's end.
 */
final class LiveChart {

    private static final int WIDTH = 480;
    private static final int HEIGHT = 320;
    private final Curve trainLoss = new Curve();
    private final Curve trainAccuracy = new Curve();
    private final Curve valLoss = new Curve();
    private final Curve valAccuracy = new Curve();

    /** Adds the running training figures of {@code line}. */
    void add(ProgressLine line) {
        double x = line.epoch() - 1 + (double) line.batch() / line.batches();
        trainLoss.add(x, line.loss());
        trainAccuracy.add(x, line.accuracy());
    }

    /** Adds the last epoch of {@code history}: its final training figures and its validation. */
    void add(History history) {
        int row = history.rowCount() - 1;
        double epoch = history.intColumn("epoch").get(row);
        trainLoss.add(epoch, history.doubleColumn("train_loss").getDouble(row));
        trainAccuracy.add(epoch, history.doubleColumn("train_accuracy").getDouble(row));
        valLoss.add(epoch, history.doubleColumn("val_loss").getDouble(row));
        valAccuracy.add(epoch, history.doubleColumn("val_accuracy").getDouble(row));
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

    private static XYChart chart(String title, String yTitle, Curve train, Curve validation, LegendPosition legend) {
        XYChart chart = Style.xyChart(title, "epoch", yTitle, WIDTH, HEIGHT);
        chart.getStyler().setLegendPosition(legend);
        chart.addSeries("train", train.x, train.y);
        if (!validation.x.isEmpty()) {
            chart.addSeries("validation", validation.x, validation.y);
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
