package org.dendrite.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.Marker;

/**
 * Draws an image over a rectangle given in data coordinates, so that a heat map or a picture
 * can lie under (or among) the ordinary series of an {@link org.knowm.xchart.XYChart}. Give it
 * to a series of one point inside the rectangle: XChart paints series in the order they were
 * added, so a series added first is drawn below the others.
 */
public final class ImageMarker extends Marker {

    private final Chart<?, ?> chart;
    private final BufferedImage image;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final int yAxisGroup;
    private final boolean keepAspect;
    private final boolean smooth;

    private ImageMarker(Chart<?, ?> chart, BufferedImage image, double[] rectangle, int yAxisGroup,
            boolean keepAspect, boolean smooth) {
        this.chart = chart;
        this.image = image;
        this.xMin = rectangle[0];
        this.xMax = rectangle[1];
        this.yMin = rectangle[2];
        this.yMax = rectangle[3];
        this.yAxisGroup = yAxisGroup;
        this.keepAspect = keepAspect;
        this.smooth = smooth;
    }

    /**
     * {@code image} stretched over {@code [xMin, xMax] x [yMin, yMax]} of {@code chart}'s
     * y-axis group {@code yAxisGroup}, with smooth (bilinear) scaling when {@code smooth}.
     */
    public static ImageMarker stretched(Chart<?, ?> chart, BufferedImage image, double xMin, double xMax,
            double yMin, double yMax, int yAxisGroup, boolean smooth) {
        return new ImageMarker(chart, image, new double[] {xMin, xMax, yMin, yMax}, yAxisGroup, false, smooth);
    }

    /**
     * {@code image} as large as fits in {@code [xMin, xMax] x [yMin, yMax]} with square pixels,
     * centred, each pixel a sharp block.
     */
    public static ImageMarker fitted(Chart<?, ?> chart, BufferedImage image, double xMin, double xMax,
            double yMin, double yMax) {
        return new ImageMarker(chart, image, new double[] {xMin, xMax, yMin, yMax}, 0, true, false);
    }

    /** The image this marker draws. */
    public BufferedImage image() {
        return image;
    }

    @Override
    public void paint(Graphics2D g, double xOffset, double yOffset, int markerSize) {
        double left = chart.getScreenXFromChart(xMin);
        double right = chart.getScreenXFromChart(xMax);
        double top = chart.getScreenYFromChart(yMax, yAxisGroup);
        double bottom = chart.getScreenYFromChart(yMin, yAxisGroup);
        double width = right - left;
        double height = bottom - top;
        if (keepAspect) {
            double scale = Math.min(width / image.getWidth(), height / image.getHeight());
            left += (width - scale * image.getWidth()) / 2;
            top += (height - scale * image.getHeight()) / 2;
            width = scale * image.getWidth();
            height = scale * image.getHeight();
        }
        Object interpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, smooth
                ? RenderingHints.VALUE_INTERPOLATION_BILINEAR : RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(image, (int) Math.round(left), (int) Math.round(top),
                (int) Math.round(width), (int) Math.round(height), null);
        if (interpolation != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        }
    }
}
