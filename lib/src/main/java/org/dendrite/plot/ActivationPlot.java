package org.dendrite.plot;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dendrite.InputChecks;
import org.dendrite.nn.ELU;
import org.dendrite.nn.LeakyReLU;
import org.dendrite.nn.Maxout;
import org.dendrite.nn.Module;
import org.dendrite.nn.ReLU;
import org.dendrite.nn.Sigmoid;
import org.dendrite.nn.Tanh;
import org.dendrite.tensor.Autograd;
import org.dendrite.tensor.Tensor;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Activation layers of {@code org.dendrite.nn} and their derivatives on a chosen range: the
 * plot runs the layer itself, and the derivative is not a hand-written formula but the gradient
 * that {@link Tensor#backward()} computes through the layer, the same one backpropagation uses.
 *
 * <pre>{@code
 * ActivationPlot.derivatives(-4, 4, new Sigmoid(), new Tanh(), new ReLU(), new LeakyReLU())
 * }</pre>
 */
public final class ActivationPlot {

    private static final int SAMPLES = 801;

    private ActivationPlot() {
    }

    /** One layer's function and its derivative; a {@link Maxout} unit also shows its linear pieces, dashed. */
    public static XYChart of(Module layer, double from, double to) {
        double[] x = samples(from, to);
        XYChart chart = Style.xyChart(layer.toString(), "x", "");
        addLine(chart, "f(x)", x, values(layer, x), false).setLineColor(Style.color(0));
        addLine(chart, "f'(x) by backward", x, derivative(layer, x), false).setLineColor(Style.color(1));
        if (layer instanceof Maxout maxout) {
            // The pieces are straight lines: their two end points draw them, and keep the dashes visible.
            double[] ends = {from, to};
            Tensor pieces;
            try (Autograd.NoGrad off = Autograd.noGrad()) {
                pieces = maxout.pieces(column(ends));
            }
            for (int i = 0; i < pieces.size(0); i++) {
                addLine(chart, "piece " + (i + 1), ends, pieces.select(0, i).toDoubleArray(), true)
                        .setLineColor(Style.color(7 + i));
            }
        }
        chart.getStyler().setLegendPosition(LegendPosition.InsideNW);
        return chart;
    }

    /**
     * The activations of the slides with their derivatives, in a grid of three columns: sigmoid,
     * tanh, ReLU, leaky ReLU {@code max(0.1x, x)}, ELU, and one maxout unit on one input,
     * {@code max(-0.5x - 0.5, x)}.
     */
    public static Figure all(double from, double to) {
        List<XYChart> charts = new ArrayList<>();
        for (Module layer : List.of(new Sigmoid(), new Tanh(), new ReLU(), new LeakyReLU(), new ELU())) {
            charts.add(of(layer, from, to));
        }
        XYChart maxout = of(slidesMaxout(), from, to);
        maxout.setTitle("Maxout max(-0.5x - 0.5, x)");
        charts.add(maxout);
        return Figure.of(3, charts);
    }

    /** Several layers' functions on one chart, to compare their shapes. */
    public static XYChart functions(double from, double to, Module... layers) {
        return compare("Activation functions", "f(x)", from, to, false, layers);
    }

    /** Several layers' derivatives on one chart: where they vanish is where gradients stop flowing. */
    public static XYChart derivatives(double from, double to, Module... layers) {
        return compare("Derivatives (by backward)", "f'(x)", from, to, true, layers);
    }

    /** The derivative of {@code layer} at each of {@code x}, from autograd. */
    public static double[] derivative(Module layer, double[] x) {
        Tensor input = column(x).requiresGrad(true);
        layer.forward(input).sum().backward();
        return input.grad().toDoubleArray();
    }

    /** One maxout unit on one input with the slides' pieces {@code -0.5x - 0.5} and {@code x}. */
    private static Maxout slidesMaxout() {
        Maxout unit = new Maxout(1, 1, 2);
        Tensor weight = unit.namedParameters().get("weight");
        Tensor bias = unit.namedParameters().get("bias");
        try (Autograd.NoGrad off = Autograd.noGrad()) {
            weight.copyFrom(Tensor.of(new double[] {-0.5, 1}).reshape(weight.shape()).to(weight.dtype()));
            bias.copyFrom(Tensor.of(new double[] {-0.5, 0}).reshape(bias.shape()).to(bias.dtype()));
        }
        return unit;
    }

    private static XYChart compare(String title, String yTitle, double from, double to, boolean derivatives,
            Module... layers) {
        if (layers.length == 0) {
            throw new IllegalArgumentException("layers is empty; name at least one, such as new ReLU()");
        }
        double[] x = samples(from, to);
        XYChart chart = Style.xyChart(title, "x", yTitle);
        for (Module layer : layers) {
            addLine(chart, layer.toString(), x, derivatives ? derivative(layer, x) : values(layer, x), false);
        }
        chart.getStyler().setLegendPosition(LegendPosition.InsideNW);
        return chart;
    }

    private static double[] values(Module layer, double[] x) {
        try (Autograd.NoGrad off = Autograd.noGrad()) {
            return layer.forward(column(x)).toDoubleArray();
        }
    }

    /** {@code x} as an N x 1 column: one example of one feature per value, which every activation layer takes. */
    private static Tensor column(double[] x) {
        return Tensor.of(x).reshape(x.length, 1);
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
