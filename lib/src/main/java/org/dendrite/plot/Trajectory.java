package org.dendrite.plot;

import java.util.List;
import org.dendrite.InputChecks;

/** The path of an optimizer through a two-parameter space: point i is {@code (xs[i], ys[i])}. */
public record Trajectory(String name, double[] xs, double[] ys) {

    /** Checks that the path has a name and at least one point, all finite, with as many x as y. */
    public Trajectory {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("trajectory name is empty; it labels the path in the legend");
        }
        if (xs == null || ys == null) {
            throw new IllegalArgumentException("trajectory '" + name + "': xs and ys must not be null");
        }
        InputChecks.requireSameCount("trajectory '" + name + "' xs", xs.length, "ys", ys.length);
        if (xs.length == 0) {
            throw new IllegalArgumentException("trajectory '" + name + "' is empty: give at least the starting point");
        }
        InputChecks.requireFinite("trajectory '" + name + "' xs", xs);
        InputChecks.requireFinite("trajectory '" + name + "' ys", ys);
        xs = xs.clone();
        ys = ys.clone();
    }

    /** A path from a list of {@code {x, y}} points, as recorded by any optimizer. */
    public static Trajectory of(String name, List<double[]> points) {
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            double[] point = points.get(i);
            if (point.length != 2) {
                throw new IllegalArgumentException("trajectory '" + name + "' point " + i + " has " + point.length
                        + " coordinates; expected 2 (x, y)");
            }
            xs[i] = point[0];
            ys[i] = point[1];
        }
        return new Trajectory(name, xs, ys);
    }

    /** The number of points, the start included. */
    public int size() {
        return xs.length;
    }

    /** The last point. */
    public double[] end() {
        return new double[] {xs[xs.length - 1], ys[ys.length - 1]};
    }
}
