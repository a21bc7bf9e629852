package org.dendrite.plot;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.dendrite.display.RichDisplay;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Several charts side by side in rows of {@code columns}, shown and exported as one picture:
 * raw pixels next to learned features, the activation functions in a grid. Each column is as
 * wide as its widest chart and each row as high as its highest, all shrunk alike so that the
 * figure is at most {@link #MAX_WIDTH} pixels wide: the charts are drawn smaller with their
 * fonts kept, so that their text stays legible when the figure is fitted to a notebook column
 * or a slide.
 */
public final class Figure implements RichDisplay {

    /** The widest a row of charts is drawn, in pixels at scale 1. */
    public static final int MAX_WIDTH = 1440;
    private static final double PIXEL_DENSITY = 2;
    private final List<Chart<?, ?>> charts;
    private final int columns;
    /** The left edge of each column and, last, the figure's width, in pixels at scale 1. */
    private final int[] columnEdges;
    /** The top edge of each row and, last, the figure's height. */
    private final int[] rowEdges;
    /** How much each chart is shrunk. */
    private final double shrink;

    private Figure(List<Chart<?, ?>> charts, int columns) {
        this.charts = List.copyOf(charts);
        this.columns = columns;
        int rows = (charts.size() + columns - 1) / columns;
        int[] widths = new int[columns];
        int[] heights = new int[rows];
        for (int i = 0; i < charts.size(); i++) {
            widths[i % columns] = Math.max(widths[i % columns], charts.get(i).getWidth());
            heights[i / columns] = Math.max(heights[i / columns], charts.get(i).getHeight());
        }
        this.shrink = Math.min(1, (double) MAX_WIDTH / Arrays.stream(widths).sum());
        this.columnEdges = edges(widths, shrink);
        this.rowEdges = edges(heights, shrink);
    }

    /** 0 and the running sums of {@code sizes} times {@code shrink}, rounded. */
    private static int[] edges(int[] sizes, double shrink) {
        int[] edges = new int[sizes.length + 1];
        double sum = 0;
        for (int i = 0; i < sizes.length; i++) {
            sum += sizes[i] * shrink;
            edges[i + 1] = (int) Math.round(sum);
        }
        return edges;
    }

    /** {@code charts} in rows of {@code columns}. */
    public static Figure of(int columns, List<? extends Chart<?, ?>> charts) {
        if (charts.isEmpty()) {
            throw new IllegalArgumentException("Figure: charts is empty; give at least one chart");
        }
        if (columns < 1) {
            throw new IllegalArgumentException("Figure: columns must be at least 1, got " + columns);
        }
        return new Figure(List.copyOf(charts), Math.min(columns, charts.size()));
    }

    /** {@code charts} in one row. */
    public static Figure row(Chart<?, ?>... charts) {
        return of(charts.length, List.of(charts));
    }

    /** The charts, in reading order. */
    public List<Chart<?, ?>> charts() {
        return charts;
    }

    /** The width of the whole figure in pixels (at scale 1). */
    public int width() {
        return columnEdges[columns];
    }

    /** The height of the whole figure in pixels (at scale 1). */
    public int height() {
        return rowEdges[rowEdges.length - 1];
    }

    /** The figure as PNG drawn at {@code scale} times its size. */
    public byte[] png(double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive, got " + scale);
        }
        BufferedImage image = new BufferedImage((int) Math.round(width() * scale), (int) Math.round(height() * scale),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(scale, scale);
            paint(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode the figure as PNG", e);
        }
        return out.toByteArray();
    }

    /** The figure as an SVG document. */
    public String svg() {
        VectorGraphics2D g = new VectorGraphics2D();
        paint(g);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, width(), height())).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode the figure as SVG", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private void paint(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width(), height());
        for (int i = 0; i < charts.size(); i++) {
            Chart<?, ?> chart = charts.get(i);
            int column = i % columns;
            int row = i / columns;
            Graphics2D cell = (Graphics2D) g.create(columnEdges[column], rowEdges[row],
                    columnEdges[column + 1] - columnEdges[column], rowEdges[row + 1] - rowEdges[row]);
            try (AxisTicks fitted = AxisTicks.fit(chart)) {
                chart.paint(cell, (int) Math.round(chart.getWidth() * shrink), (int) Math.round(chart.getHeight() * shrink));
            } finally {
                cell.dispose();
            }
        }
    }

    /** PNG at twice the density, shown at the figure's size through an HTML image. */
    @Override
    public Map<String, String> mimeBundle() {
        String png = Base64.getEncoder().encodeToString(png(PIXEL_DENSITY));
        Map<String, String> bundle = new LinkedHashMap<>();
        bundle.put("text/html", "<img width=\"" + width() + "\" height=\"" + height()
                + "\" src=\"data:image/png;base64," + png + "\">");
        bundle.put("image/png", png);
        bundle.put("text/plain", toString());
        return bundle;
    }

    @Override
    public String toString() {
        return "Figure of " + charts.size() + " charts (" + width() + "x" + height() + ")";
    }
}
