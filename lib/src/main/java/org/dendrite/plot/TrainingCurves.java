package org.dendrite.plot;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import org.dendrite.InputChecks;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * Loss and accuracy per epoch, training against a held-out set (validation, or test), from a
 * training history table with the columns {@code epoch, train_loss, train_accuracy, val_loss,
 * val_accuracy} (the names the trainer's history uses), with the best epoch marked by a
 * vertical line. Missing columns and missing values are left out.
 */
public final class TrainingCurves {

    /** The legend entry of the best epoch's line, followed by the epoch's number. */
    public static final String BEST_EPOCH = "best epoch";
    /** The column of epoch numbers. */
    public static final String EPOCH = "epoch";

    private TrainingCurves() {
    }

    /** The loss chart and the accuracy chart side by side (or the one the table has). */
    public static Figure plot(Table history) {
        return plot(history, "", "validation", 0);
    }

    /**
     * The loss and accuracy charts of training on the data set named {@code trainedOn} (shown
     * under the epoch axis; "" for none), the {@code val_} columns called {@code heldOutName},
     * with a vertical line at {@code bestEpoch} (0 for none).
     */
    public static Figure plot(Table history, String trainedOn, String heldOutName, int bestEpoch) {
        if (history == null) {
            throw new IllegalArgumentException("history is null");
        }
        List<XYChart> charts = new ArrayList<>();
        String epochTitle = trainedOn.isEmpty() ? "epoch" : "epochs over " + trainedOn;
        if (hasAny(history, "loss")) {
            charts.add(chart(history, "loss", "Loss", epochTitle, heldOutName, bestEpoch));
        }
        if (hasAny(history, "accuracy")) {
            charts.add(chart(history, "accuracy", "Accuracy", epochTitle, heldOutName, bestEpoch));
        }
        if (charts.isEmpty()) {
            throw new IllegalArgumentException("history has none of the columns train_loss, val_loss, train_accuracy, "
                    + "val_accuracy; found " + history.columnNames());
        }
        return Figure.of(charts.size(), charts);
    }

    /** Training and validation loss per epoch. */
    public static XYChart loss(Table history) {
        return chart(history, "loss", "Loss", "epoch", "validation", 0);
    }

    /** Training and validation accuracy per epoch. */
    public static XYChart accuracy(Table history) {
        return chart(history, "accuracy", "Accuracy", "epoch", "validation", 0);
    }

    private static XYChart chart(Table history, String metric, String title, String epochTitle, String heldOutName,
            int bestEpoch) {
        double[] epochs = epochs(history);
        XYChart chart = Style.xyChart(title, epochTitle, metric);
        add(chart, history, "train_" + metric, "train", epochs, false);
        add(chart, history, "val_" + metric, heldOutName, epochs, true);
        if (chart.getSeriesMap().isEmpty()) {
            throw new IllegalArgumentException("history has neither train_" + metric + " nor val_" + metric
                    + " with values; found columns " + history.columnNames());
        }
        chart.getStyler().setLegendPosition(metric.equals("loss") ? LegendPosition.InsideNE : LegendPosition.InsideSE);
        if (bestEpoch > 0) {
            markBestEpoch(chart, bestEpoch);
        }
        return chart;
    }

    /** A dashed vertical line in ink at {@code bestEpoch}, across the curves' range. */
    private static void markBestEpoch(XYChart chart, int bestEpoch) {
        double low = chart.getSeriesMap().values().stream().mapToDouble(XYSeries::getYMin).min().orElse(0);
        double high = chart.getSeriesMap().values().stream().mapToDouble(XYSeries::getYMax).max().orElse(1);
        XYSeries line = chart.addSeries(BEST_EPOCH + " " + bestEpoch, new double[] {bestEpoch, bestEpoch}, new double[] {low, high});
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(Style.INK);
        line.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {3f, 4f}, 0f));
    }

    private static double[] epochs(Table history) {
        if (history == null) {
            throw new IllegalArgumentException("history is null");
        }
        if (!history.columnNames().contains(EPOCH)) {
            throw new IllegalArgumentException("history has no column '" + EPOCH + "'; found " + history.columnNames());
        }
        if (history.rowCount() == 0) {
            throw new IllegalArgumentException("history is empty: no epochs to plot");
        }
        return InputChecks.requireFinite("history column '" + EPOCH + "'", numbers(history, EPOCH));
    }

    private static void add(XYChart chart, Table history, String column, String name, double[] epochs, boolean dashed) {
        if (!history.columnNames().contains(column)) {
            return;
        }
        double[] values = numbers(history, column);
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (Double.isFinite(values[i])) {
                x.add(epochs[i]);
                y.add(values[i]);
            }
        }
        if (x.isEmpty()) {
            return;
        }
        XYSeries series = chart.addSeries(name, x, y);
        if (dashed) {
            series.setLineStyle(new BasicStroke(Style.LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
                    10f, new float[] {9f, 6f}, 0f));
        }
    }

    private static double[] numbers(Table history, String column) {
        if (!(history.column(column) instanceof NumericColumn<?> numeric)) {
            throw new IllegalArgumentException("history column '" + column + "' is not numeric: " + history.column(column).type());
        }
        return numeric.asDoubleArray();
    }

    private static boolean hasAny(Table history, String metric) {
        return history.columnNames().contains("train_" + metric) || history.columnNames().contains("val_" + metric);
    }
}
