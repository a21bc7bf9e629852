package org.dendrite.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.internal.chartpart.Chart;

/** An XChart chart as image bytes: PNG at any pixel density, or SVG text. */
public final class ChartImages {

    private ChartImages() {
    }

    /**
     * The chart as PNG, drawn at {@code scale} times its width and height: 2 gives sharp images
     * on high-density screens and in slides when shown at the chart's own size.
     */
    public static byte[] png(Chart<?, ?> chart, double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive, got " + scale);
        }
        int width = (int) Math.round(chart.getWidth() * scale);
        int height = (int) Math.round(chart.getHeight() * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.scale(scale, scale);
            try (AxisTicks fitted = AxisTicks.fit(chart)) {
                chart.paint(graphics, chart.getWidth(), chart.getHeight());
            }
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode the chart as PNG", e);
        }
        return out.toByteArray();
    }

    /** The chart as an SVG document. */
    public static String svg(Chart<?, ?> chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AxisTicks fitted = AxisTicks.fit(chart)) {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode the chart as SVG", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
