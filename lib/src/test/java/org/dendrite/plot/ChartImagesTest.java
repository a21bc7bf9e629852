package org.dendrite.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
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
    void logarithmicAxisOfAStyledChartHasTicksAtPowersOfTen() {
        // A subclass may read the axis that XChart laid out while painting.
        class Probe extends XYChart {
            Probe() {
                super(720, 480);
            }

            List<String> xTickLabels() {
                return axisPair.getXAxis().getAxisTickCalculator().getTickLabels();
            }
        }
        Probe probe = new Probe();
        Style.apply(probe.getStyler());
        probe.addSeries("decades", new double[] {1, 10, 100, 1000, 10000}, new double[] {1, 2, 3, 4, 5});
        probe.getStyler().setXAxisLogarithmic(true);
        ChartImages.png(probe, 1);
        List<String> labels = probe.xTickLabels().stream().filter(Objects::nonNull).toList();
        assertTrue(labels.size() >= 3, "labels " + labels);
        for (String label : labels) {
            double decade = Math.log10(Double.parseDouble(label));
            assertEquals(Math.rint(decade), decade, 1e-9, "label " + label + " of " + labels + " is not a power of ten");
        }
    }

    @Test
    void nonPositiveScaleIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ChartImages.png(chart(), 0));
    }

    @Test
    void logAxisWithManyDecadesGetsSlantedLabels() {
        XYChart many = Style.xyChart("error", "h", "error");
        many.getStyler().setXAxisLogarithmic(true);
        many.addSeries("error", new double[] {1e-12, 1e-6, 0.1}, new double[] {1, 2, 3});
        XYChart few = Style.xyChart("error", "h", "error");
        few.getStyler().setXAxisLogarithmic(true);
        few.addSeries("error", new double[] {1e-3, 0.1}, new double[] {1, 2});
        ChartImages.png(many, 1);
        ChartImages.png(few, 1);
        assertEquals(45, many.getStyler().getXAxisLabelRotation());
        assertEquals(0, few.getStyler().getXAxisLabelRotation());
    }
}
