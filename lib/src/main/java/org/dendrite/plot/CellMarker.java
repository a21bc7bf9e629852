package org.dendrite.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.Marker;

/**
 * A filled rectangle the size of one grid cell in data coordinates, whatever the chart's size:
 * series of such markers on a regular grid tile the plot, as the class regions of a decision
 * boundary plot.
 */
public final class CellMarker extends Marker {

    private final Chart<?, ?> chart;
    private final double cellWidth;
    private final double cellHeight;

    /** Cells of {@code cellWidth} by {@code cellHeight} data units on {@code chart}. */
    public CellMarker(Chart<?, ?> chart, double cellWidth, double cellHeight) {
        this.chart = chart;
        this.cellWidth = cellWidth;
        this.cellHeight = cellHeight;
    }

    @Override
    public void paint(Graphics2D g, double xOffset, double yOffset, int markerSize) {
        double width = Math.abs(chart.getScreenXFromChart(cellWidth) - chart.getScreenXFromChart(0));
        double height = Math.abs(chart.getScreenYFromChart(cellHeight) - chart.getScreenYFromChart(0));
        // One extra pixel each way so that anti-aliased neighbours leave no seams.
        g.fill(new Rectangle2D.Double(xOffset - width / 2 - 0.5, yOffset - height / 2 - 0.5, width + 1, height + 1));
    }
}
