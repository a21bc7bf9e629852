package org.dendrite.plot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.junit.jupiter.api.Test;

class ImageMarkerTest {

    @Test
    void pictureKeepsItsProportionsInAWideRectangle() {
        int[] box = paintedBox(false);
        assertTrue(Math.abs(box[0] - box[1]) <= 2, "square picture painted " + box[0] + " wide, " + box[1] + " high");
    }

    @Test
    void heatMapFillsTheRectangle() {
        int[] box = paintedBox(true);
        assertTrue(box[0] > 2 * box[1], "heat map painted " + box[0] + " wide, " + box[1] + " high");
    }

    /** Paints a red 4x4 image over a rectangle twice as wide as high on screen; returns the red area's width and height. */
    private static int[] paintedBox(boolean smooth) {
        XYChart chart = new XYChartBuilder().width(600).height(300).build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        BufferedImage red = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                red.setRGB(x, y, 0xff0000);
            }
        }
        XYSeries series = chart.addSeries("image", new double[] {0.5}, new double[] {0.5});
        series.setMarker(new ImageMarker(chart, red, 0, 1, 0, 1, smooth));
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(1.0);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        BufferedImage painted = BitmapEncoder.getBufferedImage(chart);
        int minX = Integer.MAX_VALUE, maxX = -1, minY = Integer.MAX_VALUE, maxY = -1;
        for (int y = 0; y < painted.getHeight(); y++) {
            for (int x = 0; x < painted.getWidth(); x++) {
                if ((painted.getRGB(x, y) & 0xffffff) == 0xff0000) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        assertTrue(maxX >= 0, "nothing red was painted");
        assertTrue(maxX - minX > 50, "the picture is painted large");
        return new int[] {maxX - minX + 1, maxY - minY + 1};
    }
}
