package org.dendrite.plot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.XYStyler;

/**
 * Readable ticks for an XYChart, set up just before it is painted and undone after (so that a
 * cell may still add data or switch an axis to log scale). It works around three habits of
 * XChart 3.8.8:
 * <ul>
 * <li>A tick-label formatting function takes precedence over a logarithmic axis, whose ticks are
 *     then placed linearly; it is taken off log axes, which get their ticks at powers of ten.</li>
 * <li>Only the powers of ten inside a log axis's range are labelled, so data between 0.3 and 0.97
 *     get no label; a log axis spans whole decades, from the power of ten below its data to the
 *     one above. Every decade of a log x axis is labelled; with more than {@link #UPRIGHT_DECADES}
 *     the labels are slanted instead of running together ("1E-121E-111E-10").</li>
 * <li>When an axis's data values are equally spaced, XChart puts the ticks on data values, such as
 *     -2.29, -1.59, -0.882 for 120 points on [-3, 3], or 1, 37, 73 for steps 1 to 500. Where there
 *     are more than {@link #DATA_TICKS} such values, or their spacing is not a round number, the
 *     axis starts a hair (a thousandth of its span) below the data, so that XChart chooses round
 *     ticks instead.</li>
 * </ul>
 */
final class AxisTicks implements AutoCloseable {

    /** The most decades a logarithmic x axis labels upright. */
    static final int UPRIGHT_DECADES = 7;
    /** The most equally spaced values (epochs 1 to 10, say) that may serve as ticks themselves. */
    static final int DATA_TICKS = 15;
    /** XChart's tolerance when it checks that values are equally spaced. */
    private static final double XCHART_SPACING_TOLERANCE = 1e-4;

    private final XYStyler styler;
    private final boolean xMinSet;
    private final boolean yMinSet;
    private final boolean xMaxSet;
    private final boolean yMaxSet;

    private AxisTicks(XYStyler styler, boolean[] set) {
        this.styler = styler;
        this.xMinSet = set[0];
        this.yMinSet = set[1];
        this.xMaxSet = set[2];
        this.yMaxSet = set[3];
    }

    /** Fits {@code chart}'s ticks for one painting; close the result after painting. */
    static AxisTicks fit(Chart<?, ?> chart) {
        boolean[] set = new boolean[4];
        if (!(chart instanceof XYChart xyChart)) {
            return new AxisTicks(null, set);
        }
        XYStyler styler = xyChart.getStyler();
        if (styler.isXAxisLogarithmic()) {
            styler.setxAxisTickLabelsFormattingFunction(null);
            if (decades(xyChart) > UPRIGHT_DECADES) {
                styler.setXAxisLabelRotation(45);
            }
        }
        if (styler.isYAxisLogarithmic()) {
            styler.setyAxisTickLabelsFormattingFunction(null);
        }
        List<Double> xs = values(xyChart, XYSeries::getXData);
        List<Double> ys = values(xyChart, XYSeries::getYData);
        if (styler.getXAxisMin() == null) {
            Double start = styler.isXAxisLogarithmic() ? decadeBelow(xs) : startBelowEquallySpaced(xs);
            if (start != null) {
                styler.setXAxisMin(start);
                set[0] = true;
            }
        }
        if (styler.getYAxisMin() == null) {
            Double start = styler.isYAxisLogarithmic() ? decadeBelow(ys) : startBelowEquallySpaced(ys);
            if (start != null) {
                styler.setYAxisMin(start);
                set[1] = true;
            }
        }
        if (styler.isXAxisLogarithmic() && styler.getXAxisMax() == null && decadeAbove(xs) != null) {
            styler.setXAxisMax(decadeAbove(xs));
            set[2] = true;
        }
        if (styler.isYAxisLogarithmic() && styler.getYAxisMax() == null && decadeAbove(ys) != null) {
            styler.setYAxisMax(decadeAbove(ys));
            set[3] = true;
        }
        return new AxisTicks(styler, set);
    }

    /** The power of ten at or below the smallest positive value, or null when there is none. */
    static Double decadeBelow(List<Double> values) {
        double min = values.stream().mapToDouble(Double::doubleValue).filter(v -> v > 0 && Double.isFinite(v)).min().orElse(Double.NaN);
        return Double.isNaN(min) ? null : Math.pow(10, Math.floor(Math.log10(min) + 1e-9));
    }

    /** The power of ten at or above the largest positive value, or null when there is none. */
    static Double decadeAbove(List<Double> values) {
        double max = values.stream().mapToDouble(Double::doubleValue).filter(v -> v > 0 && Double.isFinite(v)).max().orElse(Double.NaN);
        return Double.isNaN(max) ? null : Math.pow(10, Math.ceil(Math.log10(max) - 1e-9));
    }

    /** Takes back the axis ends that {@link #fit} set. */
    @Override
    public void close() {
        if (xMinSet) {
            styler.setXAxisMin(null);
        }
        if (yMinSet) {
            styler.setYAxisMin(null);
        }
        if (xMaxSet) {
            styler.setXAxisMax(null);
        }
        if (yMaxSet) {
            styler.setYAxisMax(null);
        }
    }

    /**
     * Where the axis should start when XChart would put its ticks on {@code values} (in its
     * order: the smallest, the series' values, the largest) and they make poor ticks; else null.
     */
    static Double startBelowEquallySpaced(List<Double> values) {
        List<Double> finite = values.stream().filter(Double::isFinite).toList();
        if (finite.size() < 2) {
            return null;
        }
        double min = finite.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = finite.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        if (max - min < XCHART_SPACING_TOLERANCE) {
            return null;
        }
        Set<Double> ordered = new LinkedHashSet<>();
        ordered.add(min);
        ordered.addAll(finite);
        ordered.add(max);
        List<Double> list = new ArrayList<>(ordered);
        double spacing = list.get(1) - list.get(0);
        for (int i = 1; i < list.size(); i++) {
            if (Math.abs(list.get(i) - list.get(i - 1) - spacing) >= XCHART_SPACING_TOLERANCE) {
                return null;
            }
        }
        if (list.size() <= DATA_TICKS && isRound(spacing)) {
            return null;
        }
        return min - (max - min) * 1e-3;
    }

    /** Whether {@code step} is 1, 2 or 5 times a power of ten. */
    private static boolean isRound(double step) {
        double mantissa = step / Math.pow(10, Math.floor(Math.log10(step)));
        return Math.abs(mantissa - 1) < 1e-9 || Math.abs(mantissa - 2) < 1e-9 || Math.abs(mantissa - 5) < 1e-9
                || Math.abs(mantissa - 10) < 1e-9;
    }

    private static List<Double> values(XYChart chart, Function<XYSeries, double[]> data) {
        List<Double> values = new ArrayList<>();
        for (XYSeries series : chart.getSeriesMap().values()) {
            for (double v : data.apply(series)) {
                values.add(v);
            }
        }
        return values;
    }

    /** How many powers of ten a chart's x data span, the decades XChart labels on a log axis. */
    private static int decades(XYChart chart) {
        double min = chart.getSeriesMap().values().stream().mapToDouble(XYSeries::getXMin).filter(x -> x > 0).min().orElse(1);
        double max = chart.getSeriesMap().values().stream().mapToDouble(XYSeries::getXMax).max().orElse(1);
        return (int) (Math.ceil(Math.log10(max)) - Math.floor(Math.log10(min)));
    }
}
