package org.dendrite.data;

import java.util.Random;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.Tensor;

/**
 * The small two-dimensional problems of the slides, generated from a seed so that a notebook
 * shows the same points every run. Inputs are N×2 (N×1 for the line and the perceptron table);
 * class 1 is the region the slides describe ("class 1: 1 ≤ ‖x‖ ≤ 2"), class 0 everything else.
 *
 * <pre>{@code
 * Dataset ring = ToySets.ring(500, 42);   // hard for a linear classifier
 * }</pre>
 */
public final class ToySets {

    private ToySets() {
    }

    /** The four points of the XOR truth table: (0,0)→0, (0,1)→1, (1,0)→1, (1,1)→0. */
    public static Dataset xor() {
        Tensor inputs = Tensor.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
        return Dataset.classification("xor", inputs, Tensor.of(0, 1, 1, 0), "0", "1");
    }

    /** XOR with noise: {@code n} points scattered (standard deviation {@code noise}) around the four corners. */
    public static Dataset xor(int n, double noise, long seed) {
        Random random = new Random(seed);
        double[][] points = new double[n][];
        double[] labels = new double[n];
        for (int i = 0; i < n; i++) {
            int a = i % 2;
            int b = (i / 2) % 2;
            points[i] = new double[] {a + noise * random.nextGaussian(), b + noise * random.nextGaussian()};
            labels[i] = a ^ b;
        }
        return Dataset.classification("xor", Tensor.of(points), Tensor.of(DType.INT64, labels), "0", "1");
    }

    /**
     * Two interleaved spirals of {@code n / 2} points each, 1.5 turns from the centre out to
     * radius 1, with angle noise of standard deviation {@code noise} radians.
     */
    public static Dataset twoSpirals(int n, double noise, long seed) {
        Random random = new Random(seed);
        double[][] points = new double[n][];
        double[] labels = new double[n];
        int perArm = (n + 1) / 2;
        for (int i = 0; i < n; i++) {
            int arm = i % 2;
            double t = (double) (i / 2) / perArm;
            double angle = 3 * Math.PI * t + arm * Math.PI + noise * random.nextGaussian();
            points[i] = new double[] {t * Math.cos(angle), t * Math.sin(angle)};
            labels[i] = arm;
        }
        return Dataset.classification("two-spirals", Tensor.of(points), Tensor.of(DType.INT64, labels), "spiral 0", "spiral 1");
    }

    /** Points uniform in [-2.5, 2.5]²: class 1 on the ring 1 ≤ ‖x‖ ≤ 2, class 0 elsewhere. */
    public static Dataset ring(int n, long seed) {
        Random random = new Random(seed);
        double[][] points = new double[n][];
        double[] labels = new double[n];
        for (int i = 0; i < n; i++) {
            points[i] = uniformPoint(random, 2.5);
            double norm = Math.hypot(points[i][0], points[i][1]);
            labels[i] = norm >= 1 && norm <= 2 ? 1 : 0;
        }
        return Dataset.classification("ring", Tensor.of(points), Tensor.of(DType.INT64, labels), "everything else", "1 ≤ ‖x‖ ≤ 2");
    }

    /** Points uniform in [-1, 1]²: class 1 in the first and third quadrants, class 0 in the second and fourth. */
    public static Dataset quadrants(int n, long seed) {
        Random random = new Random(seed);
        double[][] points = new double[n][];
        double[] labels = new double[n];
        for (int i = 0; i < n; i++) {
            points[i] = uniformPoint(random, 1);
            labels[i] = points[i][0] * points[i][1] > 0 ? 1 : 0;
        }
        return Dataset.classification("quadrants", Tensor.of(points), Tensor.of(DType.INT64, labels),
                "second and fourth quadrants", "first and third quadrants");
    }

    /**
     * Three modes against the rest: half the points (class 1) from three Gaussian modes of
     * standard deviation 0.3 at (-1.5, -1), (1.5, -1) and (0, 1.5); the other half (class 0)
     * uniform in [-3, 3]² but farther than 1 from every mode's centre.
     */
    public static Dataset threeModes(int n, long seed) {
        double[][] centres = {{-1.5, -1}, {1.5, -1}, {0, 1.5}};
        Random random = new Random(seed);
        double[][] points = new double[n][];
        double[] labels = new double[n];
        for (int i = 0; i < n; i++) {
            if (i % 2 == 0) {
                double[] c = centres[(i / 2) % centres.length];
                points[i] = new double[] {c[0] + 0.3 * random.nextGaussian(), c[1] + 0.3 * random.nextGaussian()};
                labels[i] = 1;
            } else {
                do {
                    points[i] = uniformPoint(random, 3);
                } while (nearestDistance(points[i], centres) <= 1);
            }
        }
        return Dataset.classification("three-modes", Tensor.of(points), Tensor.of(DType.INT64, labels), "everything else", "three modes");
    }

    /**
     * {@code classes} Gaussian blobs (standard deviation 0.5) around centres on a circle of radius
     * 3, linearly separable by construction: a point is kept only if it is closer to its own
     * centre than to any other by a margin, and the regions closer to one centre are bounded by
     * straight lines.
     */
    public static Dataset blobs(int n, int classes, long seed) {
        if (classes < 2) {
            throw new IllegalArgumentException("blobs: need at least 2 classes, got " + classes);
        }
        double[][] centres = new double[classes][];
        String[] names = new String[classes];
        for (int k = 0; k < classes; k++) {
            double angle = 2 * Math.PI * k / classes;
            centres[k] = new double[] {3 * Math.cos(angle), 3 * Math.sin(angle)};
            names[k] = String.valueOf(k);
        }
        Random random = new Random(seed);
        double[][] points = new double[n][];
        double[] labels = new double[n];
        for (int i = 0; i < n; i++) {
            int k = i % classes;
            double[] c = centres[k];
            do {
                points[i] = new double[] {c[0] + 0.5 * random.nextGaussian(), c[1] + 0.5 * random.nextGaussian()};
            } while (!closerByMargin(points[i], k, centres, 0.5));
            labels[i] = k;
        }
        return Dataset.classification("blobs", Tensor.of(points), Tensor.of(DType.INT64, labels), names);
    }

    /**
     * A noisy line for regression: x uniform in [-1, 1], y = slope·x + intercept plus Gaussian
     * noise of standard deviation {@code noise}; inputs and targets are N×1.
     */
    public static Dataset line(int n, double slope, double intercept, double noise, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2 * random.nextDouble() - 1;
            y[i] = slope * x[i] + intercept + noise * random.nextGaussian();
        }
        return Dataset.regression("line", Tensor.of(x, n, 1), Tensor.of(y, n, 1));
    }

    /** The table of the world's smallest perceptron y = wx: x = 10, 2, 3.5, 1 and y = 10.1, 1.9, 3.4, 1.1. */
    public static Dataset perceptronTable() {
        return Dataset.regression("perceptron-table", Tensor.of(new double[] {10, 2, 3.5, 1}, 4, 1),
                Tensor.of(new double[] {10.1, 1.9, 3.4, 1.1}, 4, 1));
    }

    private static double[] uniformPoint(Random random, double half) {
        return new double[] {half * (2 * random.nextDouble() - 1), half * (2 * random.nextDouble() - 1)};
    }

    private static double nearestDistance(double[] p, double[][] centres) {
        double best = Double.POSITIVE_INFINITY;
        for (double[] c : centres) {
            best = Math.min(best, Math.hypot(p[0] - c[0], p[1] - c[1]));
        }
        return best;
    }

    private static boolean closerByMargin(double[] p, int own, double[][] centres, double margin) {
        double mine = Math.hypot(p[0] - centres[own][0], p[1] - centres[own][1]);
        for (int k = 0; k < centres.length; k++) {
            if (k != own && Math.hypot(p[0] - centres[k][0], p[1] - centres[k][1]) < mine + margin) {
                return false;
            }
        }
        return true;
    }
}
