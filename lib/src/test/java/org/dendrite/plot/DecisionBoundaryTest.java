package org.dendrite.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.dendrite.tensor.Tensor;
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
        assertEquals(List.of(0, 1), toList(DecisionBoundary.predict(p -> p.select(1, 0).mul(3), inputs)));
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
        XYChart chart = DecisionBoundary.plot("x > 0", p -> p.select(1, 0), points, labels, "left", "right");
        assertEquals("x > 0: 75%", chart.getTitle());
    }
}
