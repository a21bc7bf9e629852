package org.dendrite.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.dendrite.tensor.Tensor;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.junit.jupiter.api.Test;

class ImageGridTest {

    /** Twelve 6x6 "digits": a bar at column i % 6. */
    private static Tensor bars() {
        double[] values = new double[12 * 36];
        for (int i = 0; i < 12; i++) {
            for (int r = 0; r < 6; r++) {
                values[i * 36 + r * 6 + i % 6] = 1;
            }
        }
        return Tensor.of(values, 12, 6, 6);
    }

    @Test
    void digitsGridHasOneTilePerImageTenPerRow() {
        XYChart chart = ImageGrid.digits(bars(), Tensor.arange(12));
        assertEquals(12, chart.getSeriesMap().size());
        assertEquals("Digits", chart.getTitle());
        BufferedImage tile = ((ImageMarker) chart.getSeriesMap().get("image 7").getMarker()).image();
        assertEquals(6, tile.getWidth());
        assertEquals(0xffffff, tile.getRGB(1, 3) & 0xffffff); // bar of image 7 at column 7 % 6 = 1: white ink
        assertEquals(0, tile.getRGB(0, 3) & 0xffffff);
        assertEquals(10, chart.getStyler().getXAxisMax(), 1e-12);
        Pictures.assertRendersNotBlank(chart);
    }

    @Test
    void flatRowsOfSquareLengthAreImages() {
        XYChart chart = ImageGrid.images("flat", bars().reshape(12, 36), 4);
        assertEquals(12, chart.getSeriesMap().size());
        assertEquals(4, chart.getStyler().getXAxisMax(), 1e-12);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImageGrid.images("bad", Tensor.zeros(2, 35), 4));
        assertTrue(e.getMessage().contains("35"), e.getMessage());
    }

    @Test
    void templatesReshapeEachClassRow() {
        XYChart chart = ImageGrid.templates(Tensor.randn(3, 2 * 4), List.of("cat", "car", "frog"), 2, 4);
        assertEquals(3, chart.getSeriesMap().size());
        BufferedImage template = ((ImageMarker) chart.getSeriesMap().get("image 2").getMarker()).image();
        assertArrayEquals(new int[] {4, 2}, new int[] {template.getWidth(), template.getHeight()});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImageGrid.templates(Tensor.randn(3, 8), List.of("a", "b", "c"), 3, 3));
        assertTrue(e.getMessage().contains("imageShape"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ImageGrid.templates(Tensor.randn(3, 8), List.of("a", "b"), 2, 4));
    }

    @Test
    void filtersAndFeatureMaps() {
        assertEquals(6, ImageGrid.filters(Tensor.randn(6, 3, 5, 5)).getSeriesMap().size());
        XYChart grey = ImageGrid.filters(Tensor.randn(4, 2, 3, 3));
        assertEquals(8, grey.getSeriesMap().size());
        // Two columns of tiles, then the room for the colour bar.
        assertTrue(grey.getStyler().getXAxisMax() > 2, "x max " + grey.getStyler().getXAxisMax());
        XYChart single = ImageGrid.filters(Tensor.randn(20, 1, 5, 5));
        assertTrue(single.getWidth() > single.getHeight(), "20 grey filters in rows of ten, not a column: "
                + single.getWidth() + "x" + single.getHeight());
        XYChart maps = ImageGrid.featureMaps(Tensor.randn(1, 5, 8, 8));
        assertEquals(5, maps.getSeriesMap().size());
        Pictures.assertRendersNotBlank(maps);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImageGrid.filters(Tensor.randn(4, 3, 3)));
        assertTrue(e.getMessage().contains("K x C x kh x kw"), e.getMessage());
    }

    @Test
    void signedTilesShareOneScaleSymmetricAboutZero() {
        // Tile 0 holds -1 and 1, tile 1 holds 0 and 0.5: 0 is white in both, 1 the reddest colour.
        Tensor batch = Tensor.of(new double[] {-1, 1, 0, 0.5}, 2, 1, 2);
        XYChart chart = ImageGrid.signed("weights", batch, 2);
        BufferedImage first = ((ImageMarker) chart.getSeriesMap().get("image 0").getMarker()).image();
        BufferedImage second = ((ImageMarker) chart.getSeriesMap().get("image 1").getMarker()).image();
        assertEquals(ColorMap.DIVERGING.argb(0), first.getRGB(0, 0));
        assertEquals(ColorMap.DIVERGING.argb(1), first.getRGB(1, 0));
        assertEquals(ColorMap.DIVERGING.argb(0.5), second.getRGB(0, 0));
        assertEquals(ColorMap.DIVERGING.argb(0.75), second.getRGB(1, 0));
        Pictures.assertRendersNotBlank(chart);
    }

    @Test
    void labelsMustMatchImages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImageGrid.digits(bars(), Tensor.arange(11)));
        assertTrue(e.getMessage().contains("labels has 11") && e.getMessage().contains("images has 12"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ImageGrid.of("none", List.of(), List.of(), 3));
    }

    @Test
    void convolutionMatchesTheSlidesWorkedExample() {
        double[][] y = ConvolutionDemo.crossCorrelate(new double[][] {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}},
                new double[][] {{0, 1}, {2, 3}});
        assertArrayEquals(new double[] {19, 25}, y[0]);
        assertArrayEquals(new double[] {37, 43}, y[1]);
    }

    @Test
    void convolutionDemoShowsInputKernelOutput() {
        Tensor image = Tensor.zeros(8, 8).add(Tensor.arange(8).gt(3)); // dark left half, bright right half
        XYChart chart = ConvolutionDemo.plot(image, Kernels.edgeDetection(), "Edge detection");
        assertEquals(3, chart.getSeriesMap().size());
        BufferedImage output = ((ImageMarker) chart.getSeriesMap().get("image 2").getMarker()).image();
        assertEquals(6, output.getWidth());
        Pictures.assertRendersNotBlank(chart);
        assertEquals(1, Kernels.gaussianBlur().sum().item(), 1e-6);
        assertEquals(0, Kernels.edgeDetection().sum().item(), 1e-6);
        assertEquals(1, Kernels.sharpen().sum().item(), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> ConvolutionDemo.plot(Tensor.zeros(2, 2), Kernels.sharpen(), "too big"));
    }

    @Test
    void confusionMatrixCountsAndAccuracy() {
        Tensor actual = Tensor.of(0, 1, 2, 2, 1, 0, 1, 2, 2, 2);
        Tensor predicted = Tensor.of(0, 1, 2, 1, 1, 0, 2, 2, 2, 0);
        int[][] counts = ConfusionMatrix.counts(actual, predicted, 3);
        assertArrayEquals(new int[] {2, 0, 0}, counts[0]);
        assertArrayEquals(new int[] {0, 2, 1}, counts[1]);
        assertArrayEquals(new int[] {1, 1, 3}, counts[2]);
        HeatMapChart chart = ConfusionMatrix.plot(actual, predicted, "cat", "car", "frog");
        assertEquals("Confusion matrix (accuracy 0.700; shading on a log scale)", chart.getTitle());
        assertFalse(chart.getStyler().isLegendVisible(), "a linear scale beside log shading would mislabel it");
        assertEquals("predicted", chart.getXAxisTitle());
        Pictures.assertRendersNotBlank(chart);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.plot(actual, Tensor.of(0, 1), "cat", "car", "frog"));
        assertTrue(e.getMessage().contains("predicted has 2"), e.getMessage());
    }

    @Test
    void confusionMatrixTintsAFewErrorsNextToHundredsOfRightAnswers() {
        java.awt.Color[] stops = ConfusionMatrix.logScaleColors(200);
        // XChart spaces the stops evenly over 0..200: stop 2 is about 3 errors, a clearly tinted cell.
        assertEquals(java.awt.Color.WHITE, stops[0]);
        assertTrue(255 - stops[2].getRed() > 40, "3 of 200 is almost white: " + stops[2]);
        assertTrue(stops[stops.length - 1].getRed() < stops[stops.length / 2].getRed());
    }

    @Test
    void crossCorrelationDemoWritesEveryInputKernelAndOutputNumber() {
        XYChart chart = ConvolutionDemo.plot(Tensor.of(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, 3, 3),
                Tensor.of(new double[] {0, 1, 2, 3}, 2, 2), "2-D cross-correlation");
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8"), labels(chart, 0));
        assertEquals(List.of("0", "1", "2", "3"), labels(chart, 1));
        assertEquals(List.of("19", "25", "37", "43"), labels(chart, 2));
        Pictures.assertRendersNotBlank(chart);
        XYChart digit = ConvolutionDemo.plot(Tensor.rand(28, 28), Kernels.sharpen(), "sharpen");
        assertEquals(null, labels(digit, 0), "a 28x28 digit is a picture, not 784 numbers");
        assertEquals(9, labels(digit, 1).size());
    }

    private static List<String> labels(XYChart chart, int tile) {
        return ((ImageMarker) chart.getSeriesMap().get("image " + tile).getMarker()).cellLabels();
    }
}
