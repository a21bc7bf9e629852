package org.dendrite.plot;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * Loss and accuracy per epoch, training against validation, from a training history table
 * with the columns {@code epoch, train_loss, train_accuracy, val_loss, val_accuracy} (the
 * names the trainer's history uses). Missing columns and missing values are left out.
 */
public final class TrainingCurves {

    /** The column of epoch numbers. */
    public static final String EPOCH = "epoch";

    private TrainingCurves() {
    }

    /** The loss chart and the accuracy chart side by side (or the one the table has). */
    public static Figure plot(Table history) {
        if (history == null) {
            throw new IllegalArgumentException("history is null");
        }
        List<XYChart> charts = new ArrayList<>();
        if (hasAny(history, "loss")) {
            charts.add(loss(history));
        }
        if (hasAny(history, "accuracy")) {
            charts.add(accuracy(history));
        }
        if (charts.isEmpty()) {
            throw new IllegalArgumentException("history has none of the columns train_loss, val_loss, train_accuracy, "
                    + "val_accuracy; found " + history.columnNames());
        }
        return Figure.of(charts.size(), charts);
    }

    /** Training and validation loss per epoch. */
    public static XYChart loss(Table history) {
        return chart(history, "loss", "Loss");
    }

    /** Training and validation accuracy per epoch. */
    public static XYChart accuracy(Table history) {
        return chart(history, "accuracy", "Accuracy");
    }

    private static XYChart chart(Table history, String metric, String title) {
        double[] epochs = epochs(history);
        XYChart chart = Style.xyChart(title, "epoch", metric);
        add(chart, history, "train_" + metric, "train", epochs, false);
        add(chart, history, "val_" + metric, "validation", epochs, true);
        if (chart.getSeriesMap().isEmpty()) {
            throw new IllegalArgumentException("history has neither train_" + metric + " nor val_" + metric
                    + " with values; found columns " + history.columnNames());
        }
        chart.getStyler().setLegendPosition(metric.equals("loss") ? LegendPosition.InsideNE : LegendPosition.InsideSE);
        return chart;
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
