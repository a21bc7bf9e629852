package org.dendrite.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.junit.jupiter.api.Test;

class FigureTest {

    private static XYChart line(String title) {
        XYChart chart = Style.xyChart(title, "x", "y", 300, 200);
        chart.addSeries("y = x", new double[] {0, 1, 2}, new double[] {0, 1, 2});
        return chart;
    }

    @Test
    void chartsAreLaidOutInRows() {
        Figure figure = Figure.of(2, List.of(line("a"), line("b"), line("c")));
        assertEquals(600, figure.width());
        assertEquals(400, figure.height());
        BufferedImage image = Pictures.decode(figure.png(2));
        assertEquals(1200, image.getWidth());
        Pictures.assertNotBlank(image);
        assertTrue(figure.svg().contains("<svg"));
        assertTrue(figure.mimeBundle().get("text/html").startsWith("<img width=\"600\""));
    }

    @Test
    void wideRowsAreShrunkToTheMaximumWidth() {
        Figure figure = Figure.of(3, List.of(Style.xyChart("a", "x", "y"), Style.xyChart("b", "x", "y"),
                Style.xyChart("c", "x", "y")));
        assertEquals(Figure.MAX_WIDTH, figure.width());
        assertEquals(Math.round(Style.HEIGHT * Figure.MAX_WIDTH / 3.0 / Style.WIDTH), figure.height());
    }

    @Test
    void eachColumnIsAsWideAsItsWidestChart() {
        Figure figure = Figure.row(Style.xyChart("narrow", "x", "y", 200, 300), Style.xyChart("wide", "x", "y", 600, 200));
        assertEquals(800, figure.width());
        assertEquals(300, figure.height());
    }

    @Test
    void emptyFigureIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Figure.of(2, List.of()));
        assertThrows(IllegalArgumentException.class, () -> Figure.of(0, List.of(line("a"))));
    }

    @Test
    void colourMapsRunFromTheirFirstToTheirLastStop() {
        assertEquals(new Color(0x440154), new Color(ColorMap.VIRIDIS.argb(0)));
        assertEquals(new Color(0xfde725), new Color(ColorMap.VIRIDIS.argb(1)));
        assertEquals(Color.BLACK, new Color(ColorMap.GREYS.argb(-3)));
        Color middle = new Color(ColorMap.DIVERGING.argb(0.5));
        assertTrue(middle.getRed() > 240 && middle.getGreen() > 240 && middle.getBlue() > 240, middle.toString());
        assertEquals(0, ColorMap.GREYS.argb(Double.NaN));
        assertEquals(Style.PALETTE[1], Style.color(11));
    }
}
