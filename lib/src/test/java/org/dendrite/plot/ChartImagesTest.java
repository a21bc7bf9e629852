package org.dendrite.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.junit.jupiter.api.Test;

class ChartImagesTest {

    private static XYChart chart() {
        XYChart chart = new XYChartBuilder().width(300).height(200).title("line").build();
        chart.addSeries("y = x", new double[] {0, 1, 2}, new double[] {0, 1, 2});
        return chart;
    }

    @Test
    void pngAtScaleTwoHasTwiceThePixels() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartImages.png(chart(), 2)));
        assertEquals(600, image.getWidth());
        assertEquals(400, image.getHeight());
    }

    @Test
    void svgIsAnSvgDocumentWithTheTitle() {
        String svg = ChartImages.svg(chart());
        assertTrue(svg.contains("<svg"), svg.substring(0, Math.min(200, svg.length())));
        assertTrue(svg.contains("line"));
    }

    @Test
    void nonPositiveScaleIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ChartImages.png(chart(), 0));
    }
}
