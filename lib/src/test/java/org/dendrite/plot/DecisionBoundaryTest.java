package org.dendrite.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.dendrite.nn.Linear;
import org.dendrite.nn.Sequential;
import org.dendrite.nn.Sigmoid;
import org.dendrite.tensor.Tensor;
import org.dendrite.train.Metrics;
import org.knowm.xchart.XYChart;
import org.junit.jupiter.api.Test;

class DecisionBoundaryTest {

    private static final Tensor POINTS = Tensor.of(new double[][] {{-2, -1}, {-1, 1}, {1, -1}, {2, 1}});
    private static final Tensor LABELS = Tensor.of(0, 0, 1, 1);
    /** Two class scores: [-x, x], so class 1 wins right of x = 0. */
    private static final Function<Tensor, Tensor> RIGHT_IS_ONE = p -> p.matmul(Tensor.of(new double[][] {{-1, 1}, {0, 0}}));

    @Test
    void regionsSplitAtTheClassifiersBoundary() {
        XYChart chart = DecisionBoundary.plot(RIGHT_IS_ONE, POINTS, LABELS, 40, "left", "right");
        assertEquals(List.of("region: left", "region: right", "left", "right"), List.copyOf(chart.getSeriesMap().keySet()));
        var left = chart.getSeriesMap().get("region: left");
        var right = chart.getSeriesMap().get("region: right");
        assertEquals(800, left.getXData().length);
        assertEquals(800, right.getXData().length);
        assertTrue(left.getXMax() < 0 && right.getXMin() > 0);
        assertEquals(2, chart.getSeriesMap().get("right").getXData().length);
        Pictures.assertRendersNotBlank(chart);
    }

    @Test
    void labelsAndTwoClassScoresAreReadToo() {
        Tensor inputs = Tensor.of(new double[][] {{-1, 0}, {1, 0}});
        assertEquals(List.of(0, 1), toList(DecisionBoundary.predict(p -> p.select(1, 0).gt(0), inputs)));
        assertEquals(List.of(0, 1), toList(DecisionBoundary.predict(p -> p.select(1, 0).mul(3).sigmoid(), inputs)));
        assertEquals(List.of(0, 1), toList(DecisionBoundary.predict(RIGHT_IS_ONE, inputs)));
    }

    @Test
    void mismatchedLabelsNameTheArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DecisionBoundary.plot(RIGHT_IS_ONE, POINTS, Tensor.of(0, 1, 1)));
        assertTrue(e.getMessage().contains("labels has 3") && e.getMessage().contains("points has 4"), e.getMessage());
    }

    @Test
    void nanEmptyAndWrongShapesAreRejected() {
        Tensor withNan = Tensor.of(new double[][] {{0, Double.NaN}, {1, 1}});
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> DecisionBoundary.plot(RIGHT_IS_ONE, withNan, Tensor.of(0, 1)));
        assertTrue(nan.getMessage().startsWith("points") && nan.getMessage().contains("NaN"), nan.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> DecisionBoundary.plot(RIGHT_IS_ONE, Tensor.zeros(0, 2), Tensor.zeros(0)));
        assertTrue(empty.getMessage().contains("points is empty"), empty.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DecisionBoundary.plot(RIGHT_IS_ONE, Tensor.zeros(3, 3), Tensor.zeros(3)));
        IllegalArgumentException output = assertThrows(IllegalArgumentException.class,
                () -> DecisionBoundary.plot(p -> Tensor.zeros(1), POINTS, LABELS));
        assertTrue(output.getMessage().startsWith("classifier"), output.getMessage());
    }

    private static List<Integer> toList(int[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    @Test
    void namedPlotIsTitledWithTheModelAndItsAccuracy() {
        Tensor points = Tensor.of(new double[] {-1, 0, -0.5, 0, 0.5, 0, 1, 0}, 4, 2);
        Tensor labels = Tensor.of(0, 0, 1, 0);
        XYChart chart = DecisionBoundary.plot("x > 0", p -> p.select(1, 0).mul(4).sigmoid(), points, labels, "left", "right");
        assertEquals("x > 0: 75%", chart.getTitle());
    }

    @Test
    void sigmoidModelsRegionsAgreeWithItsAccuracy() {
        // p(class 1) = σ(4x₁ - 2): class 1 right of x₁ = 0.5, so the point at x₁ = 0.4 labelled 1 is missed
        Linear linear = new Linear(2, 1);
        Tensor weight = linear.namedParameters().get("weight");   // one weight per input, whichever way it is laid out
        try (var off = org.dendrite.tensor.Autograd.noGrad()) {
            weight.copyFrom(Tensor.of(new double[] {4, 0}).reshape(weight.shape()));
            linear.namedParameters().get("bias").copyFrom(Tensor.of(new double[] {-2}));
        }
        Sequential model = new Sequential(linear, new Sigmoid());
        Tensor points = Tensor.of(new double[][] {{-2, -1}, {-1, 1}, {0.4, 0.5}, {1, -1}, {2, 1}});
        Tensor labels = Tensor.of(0, 0, 1, 1, 1);

        XYChart chart = DecisionBoundary.plot("sigmoid", model::forward, points, labels, "0", "1");

        double accuracy = Metrics.accuracy(model, points, labels);
        assertEquals(0.8, accuracy, 1e-12);
        assertEquals("sigmoid: 80%", chart.getTitle());
        double[] xy = points.toDoubleArray();
        int[] truth = {0, 0, 1, 1, 1};
        int inTheirRegion = 0;
        for (int i = 0; i < truth.length; i++) {
            inTheirRegion += regionAt(chart, xy[2 * i], xy[2 * i + 1]).equals(DecisionBoundary.REGION + truth[i]) ? 1 : 0;
        }
        assertEquals(accuracy, inTheirRegion / (double) truth.length, 1e-12);
        var left = chart.getSeriesMap().get(DecisionBoundary.REGION + "0");
        var right = chart.getSeriesMap().get(DecisionBoundary.REGION + "1");
        assertTrue(left.getXMax() <= 0.5 && right.getXMin() > 0.5, "the regions meet at x₁ = 0.5 (σ(0) = 0.5 is class 0): "
                + left.getXMax() + ", " + right.getXMin());
        Pictures.assertRendersNotBlank(chart);
    }

    /** The name of the region series whose cell centre is nearest to {@code (x, y)}. */
    private static String regionAt(XYChart chart, double x, double y) {
        String nearest = null;
        double best = Double.POSITIVE_INFINITY;
        for (var series : chart.getSeriesMap().values()) {
            if (!series.getName().startsWith(DecisionBoundary.REGION)) {
                continue;
            }
            double[] xs = series.getXData();
            double[] ys = series.getYData();
            for (int i = 0; i < xs.length; i++) {
                double d = Math.hypot(xs[i] - x, ys[i] - y);
                if (d < best) {
                    best = d;
                    nearest = series.getName();
                }
            }
        }
        return nearest;
    }
}
