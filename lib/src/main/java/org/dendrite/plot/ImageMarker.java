package org.dendrite.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.Marker;

/**
 * Draws an image over a rectangle given in data coordinates, so that a heat map or a picture can
 * lie under (or among) the ordinary series of an {@link org.knowm.xchart.XYChart}. A heat map is
 * stretched to fill the rectangle; a picture keeps its proportions, centred in it.
 * Give it to a series of one point inside the rectangle: XChart paints series in the order they
 * were added, so a series added first is drawn below the others.
 */
public final class ImageMarker extends Marker {

    private final Chart<?, ?> chart;
    private final BufferedImage image;
    private final double[] rectangle;
    private final boolean smooth;

    /**
     * {@code image} over {@code [xMin, xMax] x [yMin, yMax]} of {@code chart}, stretched and scaled
     * smoothly (bilinear, for heat maps) or as sharp pixel blocks in its own proportions (pictures).
     */
    public ImageMarker(Chart<?, ?> chart, BufferedImage image, double xMin, double xMax, double yMin, double yMax,
            boolean smooth) {
        this.chart = chart;
        this.image = image;
        this.rectangle = new double[] {xMin, xMax, yMin, yMax};
        this.smooth = smooth;
    }

    /** The image this marker draws. */
    public BufferedImage image() {
        return image;
    }

    @Override
    public void paint(Graphics2D g, double xOffset, double yOffset, int markerSize) {
        double left = chart.getScreenXFromChart(rectangle[0]);
        double right = chart.getScreenXFromChart(rectangle[1]);
        double top = chart.getScreenYFromChart(rectangle[3]);
        double bottom = chart.getScreenYFromChart(rectangle[2]);
        Object interpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, smooth
                ? RenderingHints.VALUE_INTERPOLATION_BILINEAR : RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        double width = right - left;
        double height = bottom - top;
        if (!smooth) {
            double scale = Math.min(width / image.getWidth(), height / image.getHeight());
            left += (width - scale * image.getWidth()) / 2;
            top += (height - scale * image.getHeight()) / 2;
            width = scale * image.getWidth();
            height = scale * image.getHeight();
        }
        int x = (int) Math.round(left);
        int y = (int) Math.round(top);
        g.drawImage(image, x, y, (int) Math.round(left + width) - x, (int) Math.round(top + height) - y, null);
        if (interpolation != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        }
    }
}
