package org.dendrite.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.dendrite.InputChecks;
import org.dendrite.nn.Predictions;
import org.dendrite.tensor.Autograd;
import org.dendrite.tensor.Tensor;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The regions a 2-D classifier assigns to each class, with the data on top: the classifier is
 * evaluated on a dense grid, each grid point drawn as a square of its class's light colour,
 * the data points in the class's full colour. Any classifier works, from a linear one to an
 * MLP: a function from an N x 2 tensor of points to N outputs that {@link Predictions} reads as
 * classes (N x C scores, the largest wins; N labels; or N probabilities of class 1, as a
 * sigmoid's), the same rule as the accuracy of training.
 */
public final class DecisionBoundary {

    /** The prefix of the series that paint a class's region. */
    public static final String REGION = "region: ";
    private static final int DEFAULT_RESOLUTION = 120;
    private static final double MARGIN = 0.1;
    /** How many characters of class names fit in one legend row under a chart in a three-column figure. */
    private static final int LEGEND_ROW_CHARACTERS = 36;

    private DecisionBoundary() {
    }

    /** The regions of {@code classifier} over {@code points} (N x 2) coloured by {@code labels} (N). */
    public static XYChart plot(Function<Tensor, Tensor> classifier, Tensor points, Tensor labels, String... classNames) {
        return plot(classifier, points, labels, DEFAULT_RESOLUTION, classNames);
    }

    /** As {@link #plot(Function, Tensor, Tensor, String...)}, on a grid of {@code resolution} x {@code resolution} cells. */
    public static XYChart plot(Function<Tensor, Tensor> classifier, Tensor points, Tensor labels, int resolution,
            String... classNames) {
        if (classifier == null) {
            throw new IllegalArgumentException("classifier is null");
        }
        if (resolution < 2) {
            throw new IllegalArgumentException("resolution must be at least 2 cells per side, got " + resolution);
        }
        InputChecks.requireMatrix("points", points, 2);
        int[] classes = InputChecks.requireLabels("labels", labels);
        InputChecks.requireSameCount("labels", classes.length, "points", points.size(0));
        double[] xy = points.toDoubleArray();
        double[] bounds = paddedBounds(xy);
        double cellWidth = (bounds[1] - bounds[0]) / resolution;
        double cellHeight = (bounds[3] - bounds[2]) / resolution;
        double[] grid = new double[resolution * resolution * 2];
        for (int r = 0; r < resolution; r++) {
            for (int c = 0; c < resolution; c++) {
                grid[2 * (r * resolution + c)] = bounds[0] + (c + 0.5) * cellWidth;
                grid[2 * (r * resolution + c) + 1] = bounds[2] + (r + 0.5) * cellHeight;
            }
        }
        int[] predicted = predict(classifier, Tensor.of(grid, resolution * resolution, 2));
        int classCount = Math.max(max(classes), max(predicted)) + 1;
        if (classNames.length > 0 && classNames.length < classCount) {
            throw new IllegalArgumentException("classNames has " + classNames.length + " names but the labels and "
                    + "predictions use " + classCount + " classes");
        }
        XYChart chart = Style.pictureChart("Decision boundary", "x₁", "x₂", Style.WIDTH, Style.HEIGHT);
        XYStyler styler = chart.getStyler();
        styler.setXAxisMin(bounds[0]);
        styler.setXAxisMax(bounds[1]);
        styler.setYAxisMin(bounds[2]);
        styler.setYAxisMax(bounds[3]);
        // The class names under the plot, in a row while they fit, so that the plot keeps its width in a figure.
        int nameLength = IntStream.range(0, classCount).map(k -> name(classNames, k).length() + 5).sum();
        styler.setLegendPosition(LegendPosition.OutsideS);
        styler.setLegendLayout(nameLength <= LEGEND_ROW_CHARACTERS ? LegendLayout.Horizontal : LegendLayout.Vertical);
        CellMarker cell = new CellMarker(chart, cellWidth, cellHeight);
        for (int k = 0; k < classCount; k++) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < predicted.length; i++) {
                if (predicted[i] == k) {
                    xs.add(grid[2 * i]);
                    ys.add(grid[2 * i + 1]);
                }
            }
            if (!xs.isEmpty()) {
                XYSeries region = scatter(chart, REGION + name(classNames, k), xs, ys);
                region.setMarker(cell);
                region.setMarkerColor(Style.lighter(Style.color(k), 0.7));
                region.setShowInLegend(false);
            }
        }
        for (int k = 0; k < classCount; k++) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < classes.length; i++) {
                if (classes[i] == k) {
                    xs.add(xy[2 * i]);
                    ys.add(xy[2 * i + 1]);
                }
            }
            if (!xs.isEmpty()) {
                XYSeries data = scatter(chart, name(classNames, k), xs, ys);
                data.setMarker(SeriesMarkers.CIRCLE);
                data.setMarkerColor(Style.color(k));
            }
        }
        return chart;
    }

    /**
     * As {@link #plot(Function, Tensor, Tensor, String...)}, titled with the model's name and the
     * share of {@code points} it classifies right, such as {@code "MLP, 4 tanh: 100%"}.
     */
    public static XYChart plot(String model, Function<Tensor, Tensor> classifier, Tensor points, Tensor labels,
            String... classNames) {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model name is empty; it titles the chart, such as \"linear\"");
        }
        XYChart chart = plot(classifier, points, labels, classNames);
        chart.setTitle(String.format("%s: %.0f%%", model, 100 * Predictions.accuracy(outputs(classifier, points), labels)));
        return chart;
    }

    /** The class of each row of {@code inputs}, read from the classifier's output by {@link Predictions}. */
    static int[] predict(Function<Tensor, Tensor> classifier, Tensor inputs) {
        return Predictions.classes(outputs(classifier, inputs));
    }

    private static Tensor outputs(Function<Tensor, Tensor> classifier, Tensor inputs) {
        Tensor output;
        try (Autograd.NoGrad off = Autograd.noGrad()) {
            output = classifier.apply(inputs);
        }
        int n = inputs.size(0);
        if (output == null || output.numel() == 0 || output.dim() == 0 || output.size(0) != n || output.dim() > 2) {
            throw new IllegalArgumentException("classifier must map an N x 2 tensor to N x C scores or N labels; for N = "
                    + n + " it returned shape " + (output == null ? "null" : Arrays.toString(output.shape())));
        }
        return output;
    }

    private static XYSeries scatter(XYChart chart, String name, List<Double> xs, List<Double> ys) {
        XYSeries series = chart.addSeries(name, xs, ys);
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        return series;
    }

    private static String name(String[] classNames, int k) {
        return classNames.length > 0 ? classNames[k] : "class " + k;
    }

    private static int max(int[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    /** {x min, x max, y min, y max} of the points, widened by a margin on each side. */
    private static double[] paddedBounds(double[] xy) {
        double[] b = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < xy.length; i += 2) {
            b[0] = Math.min(b[0], xy[i]);
            b[1] = Math.max(b[1], xy[i]);
            b[2] = Math.min(b[2], xy[i + 1]);
            b[3] = Math.max(b[3], xy[i + 1]);
        }
        double padX = b[1] > b[0] ? (b[1] - b[0]) * MARGIN : 0.5;
        double padY = b[3] > b[2] ? (b[3] - b[2]) * MARGIN : 0.5;
        return new double[] {b[0] - padX, b[1] + padX, b[2] - padY, b[3] + padY};
    }
}
