package org.dendrite.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.knowm.xchart.XYChart;
import org.junit.jupiter.api.Test;

class LossSurfacePlotTest {

    @Test
    void isoLineOfAConeIsACircle() {
        Surface cone = Surface.of("cone", (x, y) -> x.pow(2).add(y.pow(2)), -2, 2, -2, 2, false);
        double[][] line = MarchingSquares.isoLine(cone.grid(81, 81), 1);
        int points = 0;
        for (int i = 0; i < line[0].length; i++) {
            if (!Double.isNaN(line[1][i])) {
                assertEquals(1, Math.hypot(line[0][i], line[1][i]), 0.01);
                points++;
            }
        }
        assertTrue(points > 100, "only " + points + " points on the circle");
    }

    @Test
    void gradientComesFromAutograd() {
        // Rosenbrock: df/dx = -2(1 - x) - 400x(y - x²), df/dy = 200(y - x²).
        double[] g = Surface.rosenbrock().gradientAt(-1, 2);
        assertArrayEquals(new double[] {-4 + 400, 200}, g, 1e-3);
    }

    @Test
    void valuesAndGradientsKeepDoublePrecision() {
        // 0.1 and 0.3 are not float32 numbers: rounding them first would be off by about 1e-9.
        Surface product = Surface.of("product", (x, y) -> x.mul(y), -1, 1, -1, 1, false);
        assertEquals(0.1 * 0.3, product.valueAt(0.1, 0.3), 0);
        assertArrayEquals(new double[] {0.3, 0.1}, product.gradientAt(0.1, 0.3), 0);
        Surface scalar = Surface.ofScalar("product", (x, y) -> x * y, -1, 1, -1, 1);
        assertEquals(0.1 * 0.3, scalar.valueAt(0.1, 0.3), 0);
    }

    @Test
    void scalarSurfacesCanBeDrawnButHaveNoGradient() {
        Surface s = Surface.ofScalar("product", (x, y) -> x * y, -1, 1, -1, 1);
        assertEquals(0.25, s.valueAt(0.5, 0.5), 1e-6);
        assertThrows(IllegalStateException.class, () -> s.gradientAt(0, 0));
    }

    @Test
    void gradientDescentZigZagsButReachesTheValleyFloor() {
        Trajectory path = Descent.gd(0.45).steps(200).run(Surface.valley(), -9, 3);
        assertEquals(201, path.size());
        assertEquals(0, path.end()[0], 1e-3);
        assertEquals(0, path.end()[1], 1e-3);
        // Step 1 overshoots across the narrow direction: y changes sign.
        assertTrue(path.ys()[1] < 0, "y after one step: " + path.ys()[1]);
    }

    @Test
    void gradientDescentStaysInTheLocalMinimumItStartsNear() {
        Trajectory right = Descent.gd(0.05).steps(300).run(Surface.doubleWell(), 1.8, 1);
        Trajectory left = Descent.gd(0.05).steps(300).run(Surface.doubleWell(), -0.3, 1.2);
        assertTrue(right.end()[0] > 0.8, "stuck in the local minimum on the right: " + right.end()[0]);
        assertTrue(left.end()[0] < -0.9, "found the global minimum on the left: " + left.end()[0]);
    }

    @Test
    void momentumAndAdamApproachTheRosenbrockMinimum() {
        Surface s = Surface.rosenbrock();
        double start = distanceToMinimum(-1.5, 2.5);
        for (Descent method : List.of(Descent.momentum(0.0005).steps(400), Descent.adam(0.05).steps(400))) {
            double[] end = method.run(s, -1.5, 2.5).end();
            assertTrue(distanceToMinimum(end[0], end[1]) < start / 2, "ended at " + end[0] + ", " + end[1]);
        }
    }

    @Test
    void momentumPathIsTheVelocityRuleOfTheSlides() {
        // v = 0.9 v + g; w -= lr v, on the valley 0.1x² + 2y² whose gradient is (0.2x, 4y)
        Trajectory path = Descent.momentum(0.1).steps(3).run(Surface.valley(), -9, 3);
        double[] w = {-9, 3};
        double[] v = new double[2];
        for (int t = 1; t <= 3; t++) {
            double[] g = {0.2 * w[0], 4 * w[1]};
            for (int i = 0; i < 2; i++) {
                v[i] = 0.9 * v[i] + g[i];
                w[i] -= 0.1 * v[i];
            }
            assertEquals(w[0], path.xs()[t], 1e-12);
            assertEquals(w[1], path.ys()[t], 1e-12);
        }
    }

    @Test
    void anyOptimizerDrawsAPath() {
        Trajectory path = Descent.of("RMSProp", p -> new org.dendrite.optim.RMSProp(p, 0.05)).steps(100)
                .run(Surface.valley(), -9, 3);
        assertEquals("RMSProp (-9, 3)", path.name());
        assertTrue(Surface.valley().valueAt(path.end()[0], path.end()[1]) < 0.1 * Surface.valley().valueAt(-9, 3));
    }

    @Test
    void sgdWithTheSameSeedRepeatsItsPath() {
        Trajectory a = Descent.sgd(0.05).noise(2).seed(7).steps(20).run(Surface.valley(), 5, 2);
        Trajectory b = Descent.sgd(0.05).noise(2).seed(7).steps(20).run(Surface.valley(), 5, 2);
        assertArrayEquals(a.xs(), b.xs());
        assertFalse(a.xs()[20] == Descent.gd(0.05).steps(20).run(Surface.valley(), 5, 2).xs()[20]);
    }

    @Test
    void divergingPathStopsEarly() {
        Trajectory path = Descent.gd(2).steps(1000).run(Surface.valley(), 1, 1);
        assertTrue(path.size() < 1000, "path of " + path.size() + " points");
    }

    @Test
    void chartHasHeatMapIsoLinesMinimaPathsAndColourBar() {
        Surface s = Surface.himmelblau();
        Trajectory path = Descent.gd(0.01).steps(50).run(s, 0, 0);
        XYChart chart = LossSurfacePlot.of(s).resolution(60).levels(8).add(path).build();
        assertEquals(s.name(), chart.getTitle());
        assertEquals("x", chart.getXAxisTitle());
        assertEquals("y", chart.getYAxisTitle());
        assertEquals(List.of(LossSurfacePlot.HEAT_MAP, LossSurfacePlot.ISO_LINES, LossSurfacePlot.MINIMA,
                LossSurfacePlot.HALO + path.name(), path.name()), List.copyOf(chart.getSeriesMap().keySet()));
        assertEquals(4, chart.getSeriesMap().get(LossSurfacePlot.MINIMA).getXData().length);
        ImageMarker heat = (ImageMarker) chart.getSeriesMap().get(LossSurfacePlot.HEAT_MAP).getMarker();
        assertEquals(60, heat.image().getWidth());
        assertTrue(Pictures.assertRendersNotBlank(chart).getWidth() > 0);
    }

    @Test
    void heatMapIsOpaqueInTheColourBarsColours() {
        XYChart chart = LossSurfacePlot.of(Surface.valley()).resolution(41).build();
        var image = ((ImageMarker) chart.getSeriesMap().get(LossSurfacePlot.HEAT_MAP).getMarker()).image();
        int centre = brightness(image.getRGB(20, 20));
        assertTrue(centre < brightness(image.getRGB(0, 0)));
        assertTrue(centre < brightness(image.getRGB(40, 20)));
        // The largest value, in a corner, has the colour bar's top colour exactly, fully opaque.
        assertEquals(ColorMap.VIRIDIS.argb(1), image.getRGB(0, 0));
    }

    @Test
    void bothAxesHaveTheSameScale() {
        for (Surface s : List.of(Surface.valley(), Surface.rosenbrock(), Surface.doubleWell())) {
            XYChart chart = LossSurfacePlot.plot(s);
            Pictures.assertRendersNotBlank(chart);
            var styler = chart.getStyler();
            double xScale = (chart.getScreenXFromChart(1) - chart.getScreenXFromChart(0));
            double yScale = (chart.getScreenYFromChart(0) - chart.getScreenYFromChart(1));
            assertEquals(xScale, yScale, 0.03 * xScale, s.name() + ": pixels per unit along x and y");
            assertTrue(styler.getYAxisMin() <= s.yMin() && styler.getYAxisMax() >= s.yMax(), s.name() + " keeps its region");
        }
    }

    @Test
    void colourBarHasATitleAndRoundTicks() {
        XYChart linear = LossSurfacePlot.of(Surface.valley()).colorBarTitle("C(w1, w2)").build();
        ColorBar bar = colorBar(linear);
        assertEquals(List.of("0", "20", "40", "60", "80", "100"), bar.tickLabels());
        XYChart log = LossSurfacePlot.plot(Surface.rosenbrock());
        assertEquals(List.of("0", "10", "100", "1000"), colorBar(log).tickLabels());
    }

    @Test
    void firstPathIsDrawnOnTop() {
        Surface s = Surface.valley();
        XYChart chart = LossSurfacePlot.plot(s, Descent.gd(0.1).steps(5).run(s, -9, 3, "first"),
                Descent.gd(0.1).steps(5).run(s, -9, 3, "second"));
        List<String> names = List.copyOf(chart.getSeriesMap().keySet());
        assertTrue(names.indexOf("first") > names.indexOf("second"), "drawing order " + names);
    }

    @Test
    void longPathsAreLinesAndShortOnesShowTheirPoints() {
        Surface s = Surface.valley();
        XYChart chart = LossSurfacePlot.plot(s, Descent.gd(0.1).steps(500).run(s, -9, 3, "long"),
                Descent.gd(0.1).steps(10).run(s, -9, 3, "short"));
        assertEquals(SeriesMarkers.NONE, chart.getSeriesMap().get("long").getMarker());
        assertEquals(SeriesMarkers.CIRCLE, chart.getSeriesMap().get("short").getMarker());
        assertEquals(Style.color(0), chart.getSeriesMap().get("long").getLineColor());
        assertEquals(Style.color(1), chart.getSeriesMap().get("short").getLineColor());
    }

    @Test
    void slicesHaveOneLinePerFixedValue() {
        XYChart chart = LossSurfacePlot.sliceAlongX(Surface.doubleWell(), 0, 1);
        assertEquals(List.of("y = 0", "y = 1"), List.copyOf(chart.getSeriesMap().keySet()));
        // Along y = 0 the double well dips to about -0.3 near x = -1.
        assertEquals(-0.3, chart.getSeriesMap().get("y = 0").getYMin(), 0.05);
        assertThrows(IllegalArgumentException.class, () -> LossSurfacePlot.sliceAlongY(Surface.saddle()));
    }

    @Test
    void badTrajectoriesNameTheProblem() {
        IllegalArgumentException lengths = assertThrows(IllegalArgumentException.class,
                () -> new Trajectory("path", new double[] {1, 2}, new double[] {1}));
        assertTrue(lengths.getMessage().contains("xs") && lengths.getMessage().contains("ys"), lengths.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> new Trajectory("path", new double[] {1, Double.NaN}, new double[] {1, 2}));
        assertTrue(nan.getMessage().contains("xs") && nan.getMessage().contains("NaN"), nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Trajectory("path", new double[0], new double[0]));
        IllegalArgumentException rate = assertThrows(IllegalArgumentException.class,
                () -> Descent.adam(-1).run(Surface.valley(), 1, 1));
        assertTrue(rate.getMessage().contains("learning rate"), rate.getMessage());
    }

    private static double distanceToMinimum(double x, double y) {
        return Math.hypot(x - 1, y - 1);
    }

    private static int pixelsOf(java.awt.image.BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int pixel = image.getRGB(x, y);
                boolean near = true;
                for (int shift = 0; shift <= 16; shift += 8) {
                    near &= Math.abs(((pixel >> shift) & 0xff) - ((rgb >> shift) & 0xff)) <= 10;
                }
                count += near ? 1 : 0;
            }
        }
        return count;
    }

    /** The chart's colour bar; XChart keeps annotations in a protected field. */
    private static ColorBar colorBar(XYChart chart) {
        try {
            var field = org.knowm.xchart.internal.chartpart.Chart.class.getDeclaredField("annotations");
            field.setAccessible(true);
            return (ColorBar) ((List<?>) field.get(chart)).stream().filter(ColorBar.class::isInstance).findFirst().orElseThrow();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static int brightness(int argb) {
        return ((argb >> 16) & 0xff) + ((argb >> 8) & 0xff) + (argb & 0xff);
    }
}
