package org.dendrite.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.knowm.xchart.internal.chartpart.Chart;

/** Checks that a chart renders to a real picture: a PNG of the chart's size that is not blank. */
public final class Pictures {

    private Pictures() {
    }

    /** Renders {@code chart} to PNG and checks its size and that it has many colours and enough ink. */
    public static BufferedImage assertRendersNotBlank(Chart<?, ?> chart) {
        BufferedImage image = decode(ChartImages.png(chart, 1));
        assertEquals(chart.getWidth(), image.getWidth());
        assertEquals(chart.getHeight(), image.getHeight());
        assertNotBlank(image);
        return image;
    }

    /** Checks that at least 2% of the pixels are not white and that there are at least 8 colours. */
    public static void assertNotBlank(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        int ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb != 0xffffff) {
                    ink++;
                }
            }
        }
        assertTrue(colours.size() >= 8, "only " + colours.size() + " colours");
        assertTrue(ink > 0.02 * image.getWidth() * image.getHeight(), "only " + ink + " non-white pixels");
    }

    /** The PNG bytes as an image. */
    public static BufferedImage decode(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
