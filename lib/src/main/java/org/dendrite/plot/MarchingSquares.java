package org.dendrite.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Iso-lines (contours) of a grid by marching squares: each grid cell is classified by which of
 * its four corners lie above the level, and the level's crossing points on the cell's edges,
 * found by linear interpolation, are joined by a segment.
 */
public final class MarchingSquares {

    private MarchingSquares() {
    }

    /**
     * The iso-line {@code f = level} as segments, ready for an XYChart line series: point pairs
     * separated by a point whose y is NaN (a break in the line).
     */
    public static double[][] isoLine(Grid grid, double level) {
        List<double[]> points = new ArrayList<>();
        double[] xs = grid.xs();
        double[] ys = grid.ys();
        double[][] v = grid.values();
        for (int r = 0; r + 1 < ys.length; r++) {
            for (int c = 0; c + 1 < xs.length; c++) {
                double bottomLeft = v[r][c];
                double bottomRight = v[r][c + 1];
                double topRight = v[r + 1][c + 1];
                double topLeft = v[r + 1][c];
                // Crossings on the bottom, right, top and left edges (null where the edge is not crossed).
                double[][] crossings = {
                    crossing(xs[c], ys[r], bottomLeft, xs[c + 1], ys[r], bottomRight, level),
                    crossing(xs[c + 1], ys[r], bottomRight, xs[c + 1], ys[r + 1], topRight, level),
                    crossing(xs[c], ys[r + 1], topLeft, xs[c + 1], ys[r + 1], topRight, level),
                    crossing(xs[c], ys[r], bottomLeft, xs[c], ys[r + 1], topLeft, level)};
                addSegments(points, crossings, (bottomLeft + bottomRight + topRight + topLeft) / 4 > level,
                        bottomLeft > level);
            }
        }
        double[][] series = new double[2][points.size()];
        for (int i = 0; i < points.size(); i++) {
            series[0][i] = points.get(i)[0];
            series[1][i] = points.get(i)[1];
        }
        return series;
    }

    private static void addSegments(List<double[]> points, double[][] crossings, boolean centreAbove, boolean bottomLeftAbove) {
        List<double[]> found = new ArrayList<>(4);
        for (double[] crossing : crossings) {
            if (crossing != null) {
                found.add(crossing);
            }
        }
        if (found.size() == 2) {
            addSegment(points, found.get(0), found.get(1));
        } else if (found.size() == 4) {
            // A saddle cell: opposite corners agree. The centre value decides which pairs of edges connect.
            boolean pairBottomWithLeft = centreAbove != bottomLeftAbove;
            if (pairBottomWithLeft) {
                addSegment(points, crossings[0], crossings[3]);
                addSegment(points, crossings[1], crossings[2]);
            } else {
                addSegment(points, crossings[0], crossings[1]);
                addSegment(points, crossings[2], crossings[3]);
            }
        }
    }

    private static void addSegment(List<double[]> points, double[] from, double[] to) {
        points.add(from);
        points.add(to);
        points.add(new double[] {to[0], Double.NaN});
    }

    private static double[] crossing(double x0, double y0, double v0, double x1, double y1, double v1, double level) {
        if ((v0 > level) == (v1 > level) || Double.isNaN(v0) || Double.isNaN(v1)) {
            return null;
        }
        double t = (level - v0) / (v1 - v0);
        return new double[] {x0 + t * (x1 - x0), y0 + t * (y1 - y0)};
    }
}
