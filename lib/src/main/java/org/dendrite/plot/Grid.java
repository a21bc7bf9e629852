package org.dendrite.plot;

/**
 * Values of a function on a regular grid: {@code values[r][c]} is the value at
 * {@code (xs[c], ys[r])}, rows going up in y.
 */
public record Grid(double[] xs, double[] ys, double[][] values) {

    /** Checks that the values fill {@code ys.length} rows of {@code xs.length} columns. */
    public Grid {
        if (values.length != ys.length) {
            throw new IllegalArgumentException("grid: " + values.length + " rows of values for " + ys.length + " y positions");
        }
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != xs.length) {
                throw new IllegalArgumentException("grid: row " + r + " has " + values[r].length + " values for "
                        + xs.length + " x positions");
            }
        }
    }

    /** The smallest finite value. */
    public double min() {
        double min = Double.POSITIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (v < min) {
                    min = v;
                }
            }
        }
        return min;
    }

    /** The largest finite value. */
    public double max() {
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (v > max && v != Double.POSITIVE_INFINITY) {
                    max = v;
                }
            }
        }
        return max;
    }
}
