package org.dendrite.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.knowm.xchart.XYChart;
import org.junit.jupiter.api.Test;

class ActivationPlotTest {

    private static final double[] X = {-3, -1, -0.5, 0.5, 1, 3};

    @Test
    void sigmoidDerivativeFromBackwardIsSigmaTimesOneMinusSigma() {
        double[] derivative = ActivationPlot.derivative(Activation.SIGMOID, X);
        for (int i = 0; i < X.length; i++) {
            double s = 1 / (1 + Math.exp(-X[i]));
            assertEquals(s * (1 - s), derivative[i], 1e-6);
        }
    }

    @Test
    void tanhDerivativeIsOneMinusTanhSquared() {
        double[] derivative = ActivationPlot.derivative(Activation.TANH, X);
        for (int i = 0; i < X.length; i++) {
            assertEquals(1 - Math.pow(Math.tanh(X[i]), 2), derivative[i], 1e-6);
        }
    }

    @Test
    void piecewiseDerivativesAreTheSlopesOfTheirPieces() {
        double[] relu = ActivationPlot.derivative(Activation.RELU, X);
        double[] leaky = ActivationPlot.derivative(Activation.LEAKY_RELU, X);
        double[] elu = ActivationPlot.derivative(Activation.ELU, X);
        double[] maxout = ActivationPlot.derivative(Activation.MAXOUT, X);
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
        XYChart chart = ActivationPlot.of(Activation.SIGMOID, -6, 6);
        assertTrue(chart.getTitle().startsWith("sigmoid"), chart.getTitle());
        assertEquals(java.util.Set.of("f(x)", "f'(x) by backward"), chart.getSeriesMap().keySet());
        assertEquals(-6, chart.getSeriesMap().get("f(x)").getXMin(), 1e-9);
        assertEquals(6, chart.getSeriesMap().get("f(x)").getXMax(), 1e-9);
        assertEquals(0.25, chart.getSeriesMap().get("f'(x) by backward").getYMax(), 1e-4);
        Pictures.assertRendersNotBlank(chart);
    }

    @Test
    void maxoutShowsItsTwoPieces() {
        XYChart chart = ActivationPlot.of(Activation.MAXOUT, -2, 2);
        assertTrue(chart.getSeriesMap().containsKey("piece 1"));
        assertTrue(chart.getSeriesMap().containsKey("piece 2"));
    }

    @Test
    void allActivationsMakeAGridOfSix() {
        Figure figure = ActivationPlot.all(-4, 4);
        assertEquals(6, figure.charts().size());
        // Three charts in a row of the figure's maximum width, two rows.
        assertEquals(Figure.MAX_WIDTH, figure.width());
        assertEquals(2 * Math.round(Style.HEIGHT * Figure.MAX_WIDTH / 3.0 / Style.WIDTH), figure.height());
        Pictures.assertNotBlank(Pictures.decode(figure.png(1)));
    }

    @Test
    void comparisonChartsHaveOneSeriesPerActivation() {
        XYChart chart = ActivationPlot.derivatives(-4, 4, Activation.SIGMOID, Activation.RELU);
        assertEquals(java.util.Set.of("sigmoid", "ReLU"), chart.getSeriesMap().keySet());
        assertEquals("f'(x)", chart.getYAxisTitle());
    }

    @Test
    void emptyOrBackwardRangeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActivationPlot.of(Activation.RELU, 2, -2));
        assertTrue(e.getMessage().contains("activation range"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ActivationPlot.functions(-1, 1));
    }
}
