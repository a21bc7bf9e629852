package org.dendrite.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.dendrite.InputChecks;
import org.dendrite.tensor.Tensor;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.style.HeatMapStyler;

/**
 * Counts of (true class, predicted class) pairs as a heat map with the counts written in the
 * cells; the diagonal holds the correct predictions. True classes run down the rows from the
 * top, predictions across the columns. The colours follow the logarithm of the count, so that
 * a handful of errors is tinted next to a diagonal of hundreds, not left white.
 */
public final class ConfusionMatrix {

    /** How many colour stops approximate the log scale. */
    private static final int COLOR_STOPS = 128;
    /** The colour of the largest count: dark enough to stand out, light enough for the number on it. */
    private static final Color DARKEST = new Color(0x4292c6);

    private ConfusionMatrix() {
    }

    /** {@code counts[t][p]}: how many examples of true class t were predicted as p. */
    public static int[][] counts(Tensor actual, Tensor predicted, int classCount) {
        int[] truth = InputChecks.requireLabels("actual", actual);
        int[] guesses = InputChecks.requireLabels("predicted", predicted);
        InputChecks.requireSameCount("predicted", guesses.length, "actual", truth.length);
        int[][] counts = new int[classCount][classCount];
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] >= classCount || guesses[i] >= classCount) {
                throw new IllegalArgumentException("example " + i + " has class " + Math.max(truth[i], guesses[i])
                        + ", outside 0.." + (classCount - 1));
            }
            counts[truth[i]][guesses[i]]++;
        }
        return counts;
    }

    /** The confusion matrix of {@code predicted} against {@code actual}, with the class names on the axes. */
    public static HeatMapChart plot(Tensor actual, Tensor predicted, String... classNames) {
        if (classNames.length == 0) {
            throw new IllegalArgumentException("classNames is empty; name each class");
        }
        return plot(counts(actual, predicted, classNames.length), classNames);
    }

    /**
     * Colour stops for XChart's heat map, which spaces them evenly over the counts 0 to
     * {@code max}: stop i is coloured by log(1 + count) of its count, from white to blue.
     */
    static Color[] logScaleColors(int max) {
        Color[] stops = new Color[COLOR_STOPS];
        for (int i = 0; i < COLOR_STOPS; i++) {
            double count = (double) i / (COLOR_STOPS - 1) * Math.max(max, 1);
            double t = Math.log1p(count) / Math.log1p(Math.max(max, 1));
            stops[i] = mix(Color.WHITE, DARKEST, t);
        }
        return stops;
    }

    private static Color mix(Color from, Color to, double t) {
        return new Color((int) Math.round(from.getRed() + (to.getRed() - from.getRed()) * t),
                (int) Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * t),
                (int) Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * t));
    }

    /** The heat map of {@code counts[true][predicted]}. */
    public static HeatMapChart plot(int[][] counts, String... classNames) {
        int n = classNames.length;
        if (n == 0 || counts.length != n || Arrays.stream(counts).anyMatch(row -> row.length != n)) {
            throw new IllegalArgumentException("counts must be " + n + " x " + n + " for " + n + " class names, got "
                    + counts.length + " rows");
        }
        long total = 0;
        long correct = 0;
        List<Number[]> cells = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            for (int p = 0; p < n; p++) {
                // Row 0 of the chart is at the bottom, so true class t goes to row n - 1 - t.
                cells.add(new Number[] {p, n - 1 - t, counts[t][p]});
                total += counts[t][p];
                correct += t == p ? counts[t][p] : 0;
            }
        }
        int size = Math.max(360, Math.min(760, 140 + 56 * n));
        String accuracy = total == 0 ? "" : String.format("accuracy %.3f; ", (double) correct / total);
        HeatMapChart chart = Style.heatMapChart("Confusion matrix (" + accuracy + "shading on a log scale)",
                "predicted", "true", size + 160, size);
        HeatMapStyler styler = chart.getStyler();
        // Every cell shows its count; XChart's own scale would label the log shading linearly.
        styler.setLegendVisible(false);
        styler.setShowValue(true);
        styler.setValueFont(Style.LABEL_FONT);
        styler.setValueFontColor(Style.INK);
        styler.setRangeColors(logScaleColors(Arrays.stream(counts).flatMapToInt(Arrays::stream).max().orElse(0)));
        styler.setHeatMapValueDecimalPattern("#");
        styler.setPlotGridLinesVisible(false);
        List<String> rows = new ArrayList<>(Arrays.asList(classNames));
        Collections.reverse(rows);
        chart.addSeries("counts", Arrays.asList(classNames), rows, cells);
        return chart;
    }
}
