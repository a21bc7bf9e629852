package org.dendrite.plot;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dendrite.InputChecks;
import org.dendrite.tensor.Tensor;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Activation functions and their derivatives on a chosen range. The derivative is not a
 * hand-written formula: it is the gradient that {@link Tensor#backward()} computes, the same
 * one backpropagation uses.
 */
public final class ActivationPlot {

    private static final int SAMPLES = 801;

    private ActivationPlot() {
    }

    /** One function and its derivative; maxout also shows its two linear pieces, dashed. */
    public static XYChart of(Activation activation, double from, double to) {
        double[] x = samples(from, to);
        XYChart chart = Style.xyChart(activation.label() + ": " + activation.formula(), "x", "");
        addLine(chart, "f(x)", x, values(activation, x), false).setLineColor(Style.color(0));
        addLine(chart, "f'(x) by backward", x, derivative(activation, x), false).setLineColor(Style.color(1));
        // The pieces are straight lines: their two end points draw them, and keep the dashes visible.
        double[] ends = {from, to};
        List<Tensor> pieces = activation.pieces(Tensor.of(ends));
        for (int i = 0; i < pieces.size(); i++) {
            addLine(chart, "piece " + (i + 1), ends, pieces.get(i).toDoubleArray(), true).setLineColor(Style.color(7 + i));
        }
        chart.getStyler().setLegendPosition(LegendPosition.InsideNW);
        return chart;
    }

    /** Every activation of the slides with its derivative, in a grid of three columns. */
    public static Figure all(double from, double to) {
        List<XYChart> charts = new ArrayList<>();
        for (Activation activation : Activation.values()) {
            XYChart chart = of(activation, from, to);
            chart.setTitle(activation.label());
            charts.add(chart);
        }
        return Figure.of(3, charts);
    }

    /** Several functions on one chart, to compare their shapes. */
    public static XYChart functions(double from, double to, Activation... activations) {
        return compare("Activation functions", "f(x)", from, to, false, activations);
    }

    /** Several derivatives on one chart: where they vanish is where gradients stop flowing. */
    public static XYChart derivatives(double from, double to, Activation... activations) {
        return compare("Derivatives (by backward)", "f'(x)", from, to, true, activations);
    }

    /** The derivative of {@code activation} at each of {@code x}, from autograd. */
    public static double[] derivative(Activation activation, double[] x) {
        Tensor input = Tensor.of(x).requiresGrad(true);
        activation.apply(input).sum().backward();
        return input.grad().toDoubleArray();
    }

    private static XYChart compare(String title, String yTitle, double from, double to, boolean derivatives,
            Activation... activations) {
        if (activations.length == 0) {
            throw new IllegalArgumentException("activations is empty; name at least one, such as Activation.RELU");
        }
        double[] x = samples(from, to);
        XYChart chart = Style.xyChart(title, "x", yTitle);
        for (Activation activation : activations) {
            addLine(chart, activation.label(), x, derivatives ? derivative(activation, x) : values(activation, x), false);
        }
        chart.getStyler().setLegendPosition(LegendPosition.InsideNW);
        return chart;
    }

    private static double[] values(Activation activation, double[] x) {
        return activation.apply(Tensor.of(x)).toDoubleArray();
    }

    private static double[] samples(double from, double to) {
        InputChecks.requireRange("activation range", from, to);
        double[] x = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            x[i] = from + (to - from) * i / (SAMPLES - 1);
        }
        return x;
    }

    private static XYSeries addLine(XYChart chart, String name, double[] x, double[] y, boolean dashed) {
        XYSeries series = chart.addSeries(name, Arrays.copyOf(x, x.length), y);
        series.setMarker(SeriesMarkers.NONE);
        if (dashed) {
            series.setLineStyle(new BasicStroke(Style.LINE_WIDTH * 0.7f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
                    10f, new float[] {8f, 6f}, 0f));
        }
        return series;
    }
}
