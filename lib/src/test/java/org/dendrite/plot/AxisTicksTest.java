package org.dendrite.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import org.junit.jupiter.api.Test;

class AxisTicksTest {

    private static List<Double> linspace(double from, double to, int count) {
        return IntStream.range(0, count).mapToObj(i -> from + (to - from) * i / (count - 1)).toList();
    }

    @Test
    void manyEquallySpacedValuesMoveTheAxisStartJustBelowTheData() {
        // XChart would label 120 points on [-3, 3] at -3, -2.29, -1.59, ...; and steps 1..500 at 1, 37, 73, ...
        Double start = AxisTicks.startBelowEquallySpaced(linspace(-3, 3, 120));
        assertNotNull(start);
        assertEquals(-3.006, start, 1e-12);
        assertNotNull(AxisTicks.startBelowEquallySpaced(linspace(1, 500, 500)));
    }

    @Test
    void fewRoundValuesAndUnevenValuesKeepXChartsTicks() {
        assertNull(AxisTicks.startBelowEquallySpaced(linspace(1, 10, 10)), "epochs 1..10 make good ticks");
        assertNull(AxisTicks.startBelowEquallySpaced(List.of(0.0, 0.1, 0.5, 2.0)));
        assertNull(AxisTicks.startBelowEquallySpaced(List.of(1.0)));
        assertNull(AxisTicks.startBelowEquallySpaced(List.of(0.0, 0.0)), "two series of one point each, at step 0");
    }

    @Test
    void axisStartIsTakenBackAfterPainting() {
        XYChart chart = Style.xyChart("line", "x", "y");
        double[] x = linspace(-3, 3, 120).stream().mapToDouble(Double::doubleValue).toArray();
        chart.addSeries("y = x", x, x);
        Pictures.assertRendersNotBlank(chart);
        assertNull(chart.getStyler().getXAxisMin());
        assertNull(chart.getStyler().getYAxisMin());
    }

    @Test
    void logAxesSpanWholeDecades() {
        assertEquals(0.1, AxisTicks.decadeBelow(List.of(0.3, 0.97, -1.0)), 1e-12);
        assertEquals(1, AxisTicks.decadeAbove(List.of(0.3, 0.97)), 1e-12);
        assertEquals(100, AxisTicks.decadeAbove(List.of(100.0)), 1e-9);
        assertNull(AxisTicks.decadeBelow(List.of(-1.0, 0.0)));
        XYChart chart = Style.xyChart("std", "layer", "std");
        chart.getStyler().setYAxisLogarithmic(true);
        chart.addSeries("std", new double[] {1, 2, 3}, new double[] {0.3, 0.5, 0.97});
        Pictures.assertRendersNotBlank(chart);
        assertNull(chart.getStyler().getYAxisMax(), "the decade is set for painting only");
    }
}
