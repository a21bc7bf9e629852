package org.dendrite.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dendrite.nn.ELU;
import org.dendrite.nn.LeakyReLU;
import org.dendrite.nn.Maxout;
import org.dendrite.nn.ReLU;
import org.dendrite.nn.Sigmoid;
import org.dendrite.nn.Tanh;
import org.dendrite.tensor.Tensor;
import org.knowm.xchart.XYChart;
import org.junit.jupiter.api.Test;

class ActivationPlotTest {

    private static final double[] X = {-3, -1, -0.5, 0.5, 1, 3};

    @Test
    void sigmoidDerivativeFromBackwardIsSigmaTimesOneMinusSigma() {
        double[] derivative = ActivationPlot.derivative(new Sigmoid(), X);
        for (int i = 0; i < X.length; i++) {
            double s = 1 / (1 + Math.exp(-X[i]));
            assertEquals(s * (1 - s), derivative[i], 1e-6);
        }
    }

    @Test
    void tanhDerivativeIsOneMinusTanhSquared() {
        double[] derivative = ActivationPlot.derivative(new Tanh(), X);
        for (int i = 0; i < X.length; i++) {
            assertEquals(1 - Math.pow(Math.tanh(X[i]), 2), derivative[i], 1e-6);
        }
    }

    @Test
    void piecewiseDerivativesAreTheSlopesOfTheirPieces() {
        double[] relu = ActivationPlot.derivative(new ReLU(), X);
        double[] leaky = ActivationPlot.derivative(new LeakyReLU(), X);
        double[] elu = ActivationPlot.derivative(new ELU(), X);
        double[] maxout = ActivationPlot.derivative(maxout(), X);
        for (int i = 0; i < X.length; i++) {
            boolean positive = X[i] > 0;
            assertEquals(positive ? 1 : 0, relu[i], 1e-6);
            assertEquals(positive ? 1 : 0.1, leaky[i], 1e-6);
            assertEquals(positive ? 1 : Math.exp(X[i]), elu[i], 1e-6);
            // max(-0.5x - 0.5, x): the pieces cross at x = -1/3.
            assertEquals(X[i] > -1.0 / 3 ? 1 : -0.5, maxout[i], 1e-6);
        }
    }

    @Test
    void chartShowsFunctionAndDerivative() {
        XYChart chart = ActivationPlot.of(new Sigmoid(), -6, 6);
        assertEquals("Sigmoid", chart.getTitle());
        assertEquals(java.util.Set.of("f(x)", "f'(x) by backward"), chart.getSeriesMap().keySet());
        assertEquals(-6, chart.getSeriesMap().get("f(x)").getXMin(), 1e-9);
        assertEquals(6, chart.getSeriesMap().get("f(x)").getXMax(), 1e-9);
        assertEquals(0.25, chart.getSeriesMap().get("f'(x) by backward").getYMax(), 1e-4);
        Pictures.assertRendersNotBlank(chart);
    }

    @Test
    void maxoutShowsItsTwoPieces() {
        XYChart chart = ActivationPlot.of(maxout(), -2, 2);
        assertArrayEquals(new double[] {0.5, -1.5}, chart.getSeriesMap().get("piece 1").getYData(), 1e-6);
        assertArrayEquals(new double[] {-2, 2}, chart.getSeriesMap().get("piece 2").getYData(), 1e-6);
    }

    @Test
    void allActivationsMakeAGridOfSix() {
        Figure figure = ActivationPlot.all(-4, 4);
        assertEquals(6, figure.charts().size());
        assertEquals(List.of("Sigmoid", "Tanh", "ReLU", "LeakyReLU(0.1)", "ELU(1.0)", "Maxout max(-0.5x - 0.5, x)"),
                figure.charts().stream().map(chart -> chart.getTitle()).toList());
        // the slides' maxout unit: -0.5x - 0.5 left of x = -1/3, x right of it
        double[] maxout = ((XYChart) figure.charts().get(5)).getSeriesMap().get("f(x)").getYData();
        assertEquals(1.5, maxout[0], 1e-6);
        assertEquals(4, maxout[maxout.length - 1], 1e-6);
        // Three charts in a row of the figure's maximum width, two rows.
        assertEquals(Figure.MAX_WIDTH, figure.width());
        assertEquals(2 * Math.round(Style.HEIGHT * Figure.MAX_WIDTH / 3.0 / Style.WIDTH), figure.height());
        Pictures.assertNotBlank(Pictures.decode(figure.png(1)));
    }

    @Test
    void comparisonChartsHaveOneSeriesPerActivation() {
        XYChart chart = ActivationPlot.derivatives(-4, 4, new Sigmoid(), new ReLU());
        assertEquals(java.util.Set.of("Sigmoid", "ReLU"), chart.getSeriesMap().keySet());
        assertEquals("f'(x)", chart.getYAxisTitle());
    }

    @Test
    void emptyOrBackwardRangeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActivationPlot.of(new ReLU(), 2, -2));
        assertTrue(e.getMessage().contains("activation range"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ActivationPlot.functions(-1, 1));
    }

    /** One maxout unit on one input with the pieces -0.5x - 0.5 and x. */
    private static Maxout maxout() {
        Maxout unit = new Maxout(1, 1, 2);
        Tensor weight = unit.namedParameters().get("weight");
        Tensor bias = unit.namedParameters().get("bias");
        try (var off = org.dendrite.tensor.Autograd.noGrad()) {
            weight.copyFrom(Tensor.of(new double[] {-0.5, 1}).reshape(weight.shape()));
            bias.copyFrom(Tensor.of(new double[] {-0.5, 0}).reshape(bias.shape()));
        }
        return unit;
    }
}
