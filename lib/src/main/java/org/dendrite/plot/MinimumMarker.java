package org.dendrite.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import org.knowm.xchart.style.markers.Marker;

/** A white cross outlined in ink: where a minimum lies, visible on dark and light colours alike. */
public final class MinimumMarker extends Marker {

    private static final double HALF_SIZE = 6;

    @Override
    public void paint(Graphics2D g, double xOffset, double yOffset, int markerSize) {
        Line2D rising = new Line2D.Double(xOffset - HALF_SIZE, yOffset + HALF_SIZE, xOffset + HALF_SIZE, yOffset - HALF_SIZE);
        Line2D falling = new Line2D.Double(xOffset - HALF_SIZE, yOffset - HALF_SIZE, xOffset + HALF_SIZE, yOffset + HALF_SIZE);
        g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(Style.INK);
        g.draw(rising);
        g.draw(falling);
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(Color.WHITE);
        g.draw(rising);
        g.draw(falling);
    }
}
