package org.dendrite.plot;

import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.dendrite.InputChecks;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * A vertical colour scale with a title above it and labelled ticks, drawn in a strip of an
 * XYChart given in data coordinates (the chart's x range is widened to make room for it): how
 * to read a heat map.
 */
public final class ColorBar extends Annotation {

    private final ColorMap map;
    private final String title;
    private final double xFrom;
    private final double xTo;
    private final double yFrom;
    private final double yTo;
    private final double[] tickPositions;
    private final String[] tickLabels;

    /**
     * A bar titled {@code title} over {@code [xFrom, xTo] x [yFrom, yTo]} (data coordinates),
     * running from the colour at 0 at the bottom to the colour at 1 at the top, with
     * {@code tickLabels} at {@code tickPositions} (fractions of the bar's height).
     */
    public ColorBar(ColorMap map, String title, double xFrom, double xTo, double yFrom, double yTo, double[] tickPositions,
            String[] tickLabels) {
        super(false);
        InputChecks.requireSameCount("tickLabels", tickLabels.length, "tickPositions", tickPositions.length);
        this.map = map;
        this.title = title;
        this.xFrom = xFrom;
        this.xTo = xTo;
        this.yFrom = yFrom;
        this.yTo = yTo;
        this.tickPositions = tickPositions.clone();
        this.tickLabels = tickLabels.clone();
    }

    @Override
    public void paint(Graphics2D g) {
        int left = getXAxisScreenValue(xFrom);
        int right = getXAxisScreenValue(xTo);
        int top = getYAxisScreenValue(yTo);
        int bottom = getYAxisScreenValue(yFrom);
        BufferedImage gradient = new BufferedImage(1, 256, BufferedImage.TYPE_INT_ARGB);
        for (int i = 0; i < 256; i++) {
            gradient.setRGB(0, 255 - i, map.argb(i / 255.0));
        }
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(gradient, left, top, right - left, bottom - top, null);
        g.setColor(Style.INK);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(left, top, right - left, bottom - top);
        g.setFont(Style.LABEL_FONT);
        FontMetrics metrics = g.getFontMetrics();
        for (int i = 0; i < tickPositions.length; i++) {
            int y = (int) Math.round(bottom - tickPositions[i] * (bottom - top));
            g.drawLine(right, y, right + 5, y);
            g.drawString(tickLabels[i], right + 8, y + metrics.getAscent() / 2 - 1);
        }
        g.setFont(Style.AXIS_TITLE_FONT);
        g.drawString(title, left, top - g.getFontMetrics().getDescent() - 6);
        bounds = new Rectangle2D.Double(left, top, right - left, bottom - top);
    }

    /** The tick labels, bottom to top. */
    public List<String> tickLabels() {
        return List.of(tickLabels);
    }
}
