package org.dendrite.plot;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.Arrays;
import java.util.List;
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
    private final String[][] cellLabels;

    /**
     * {@code image} over {@code [xMin, xMax] x [yMin, yMax]} of {@code chart}, stretched and scaled
     * smoothly (bilinear, for heat maps) or as sharp pixel blocks in its own proportions (pictures).
     */
    public ImageMarker(Chart<?, ?> chart, BufferedImage image, double xMin, double xMax, double yMin, double yMax,
            boolean smooth) {
        this(chart, image, new double[] {xMin, xMax, yMin, yMax}, smooth, null);
    }

    private ImageMarker(Chart<?, ?> chart, BufferedImage image, double[] rectangle, boolean smooth, String[][] cellLabels) {
        this.chart = chart;
        this.image = image;
        this.rectangle = rectangle;
        this.smooth = smooth;
        this.cellLabels = cellLabels;
    }

    /**
     * This marker with a border around each pixel of the image and {@code labels[r][c]} written
     * in pixel (r, c): a small matrix whose numbers the reader checks.
     */
    public ImageMarker numbered(String[][] labels) {
        if (labels.length != image.getHeight() || Arrays.stream(labels).anyMatch(row -> row.length != image.getWidth())) {
            throw new IllegalArgumentException("labels must be " + image.getHeight() + " x " + image.getWidth()
                    + ", one per pixel of the image");
        }
        return new ImageMarker(chart, image, rectangle, smooth, labels);
    }

    /** The numbers written on the image's pixels, row by row, or null when there are none. */
    List<String> cellLabels() {
        return cellLabels == null ? null : Arrays.stream(cellLabels).flatMap(Arrays::stream).toList();
    }

    /** The image this marker draws. */
    public BufferedImage image() {
        return image;
    }

    private void drawCells(Graphics2D g, double left, double top, double width, double height) {
        int rows = image.getHeight();
        int columns = image.getWidth();
        double cellWidth = width / columns;
        double cellHeight = height / rows;
        g.setColor(Style.INK);
        g.setStroke(new BasicStroke(1.2f));
        for (int r = 0; r <= rows; r++) {
            g.draw(new Line2D.Double(left, top + r * cellHeight, left + width, top + r * cellHeight));
        }
        for (int c = 0; c <= columns; c++) {
            g.draw(new Line2D.Double(left + c * cellWidth, top, left + c * cellWidth, top + height));
        }
        g.setFont(fittingFont(g, cellWidth));
        FontMetrics metrics = g.getFontMetrics();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                String label = cellLabels[r][c];
                float x = (float) (left + (c + 0.5) * cellWidth - metrics.stringWidth(label) / 2.0);
                float y = (float) (top + (r + 0.5) * cellHeight + (metrics.getAscent() - metrics.getDescent()) / 2.0);
                g.drawString(label, x, y);
            }
        }
    }

    /** {@link Style#LABEL_FONT}, smaller where the widest number would not fit in a cell {@code cellWidth} wide. */
    private Font fittingFont(Graphics2D g, double cellWidth) {
        FontMetrics metrics = g.getFontMetrics(Style.LABEL_FONT);
        int widest = Arrays.stream(cellLabels).flatMap(Arrays::stream).mapToInt(metrics::stringWidth).max().orElse(0);
        float size = Style.LABEL_FONT.getSize2D();
        if (widest > 0.85 * cellWidth) {
            size = (float) Math.max(8, size * 0.85 * cellWidth / widest);
        }
        return Style.LABEL_FONT.deriveFont(size);
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
        if (cellLabels != null) {
            drawCells(g, left, top, width, height);
        }
        if (interpolation != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        }
    }
}
