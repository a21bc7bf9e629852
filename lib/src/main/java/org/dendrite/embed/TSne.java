package org.dendrite.embed;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.dendrite.InputChecks;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.Tensor;

/**
 * t-SNE (van der Maaten and Hinton, 2008) with the Barnes-Hut approximation (van der Maaten,
 * 2014): places points in the plane so that points that are neighbours in the data stay
 * neighbours. Each point's neighbourhood is a Gaussian over its {@code 3 * perplexity} nearest
 * neighbours (found with a vantage-point tree); in the plane, a Student-t kernel; gradient
 * descent with momentum and adaptive gains moves the points to make the two agree, the
 * repulsion between all pairs approximated through a quadtree. The schedule follows
 * scikit-learn: 250 iterations with early exaggeration and momentum 0.5, then momentum 0.8.
 *
 * <pre>{@code
 * TSneEmbedding e = TSne.perplexity(30).iterations(1000).seed(0).fit(Pca.fitTransform(pixels, 50));
 * EmbeddingPlot.scatter("t-SNE of the digits", e.points(), labels, names);
 * }</pre>
 */
public final class TSne {

    private static final int EXAGGERATION_ITERATIONS = 250;
    private static final double MIN_GAIN = 0.01;
    private static final double INITIAL_SPREAD = 1e-4;

    private double perplexity = 30;
    private double learningRate = Double.NaN;
    private double earlyExaggeration = 12;
    private int iterations = 1000;
    private long seed = 0;
    private double theta = 0.5;
    private boolean pcaInit = true;

    private TSne() {
    }

    /** The default settings: perplexity 30, automatic learning rate, exaggeration 12, 1000 iterations, PCA start. */
    public static TSne defaults() {
        return new TSne();
    }

    /** Default settings with the given perplexity: roughly, how many neighbours each point cares about (5 to 50). */
    public static TSne perplexity(double value) {
        return new TSne().withPerplexity(value);
    }

    /** Sets the perplexity, which must be positive and below the number of points. */
    public TSne withPerplexity(double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("perplexity must be positive, got " + value);
        }
        this.perplexity = value;
        return this;
    }

    /** The step size; by default {@code max(N / earlyExaggeration / 4, 50)}, scikit-learn's "auto". */
    public TSne learningRate(double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("learning rate must be positive, got " + value);
        }
        this.learningRate = value;
        return this;
    }

    /** How much the data affinities are multiplied by in the first 250 iterations, so that clusters form (default 12). */
    public TSne earlyExaggeration(double value) {
        if (!(value >= 1) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("early exaggeration must be at least 1, got " + value);
        }
        this.earlyExaggeration = value;
        return this;
    }

    /** The number of gradient steps, the 250 exaggerated ones included (default 1000). */
    public TSne iterations(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, got " + value);
        }
        this.iterations = value;
        return this;
    }

    /** The seed of the random start and of the neighbour tree. */
    public TSne seed(long value) {
        this.seed = value;
        return this;
    }

    /** The Barnes-Hut accuracy: a cell counts as one point when its width over its distance is below theta (default 0.5; 0 is exact). */
    public TSne theta(double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("theta must be >= 0, got " + value);
        }
        this.theta = value;
        return this;
    }

    /** Starts from the first two principal components (default) or, when false, from small random positions. */
    public TSne pcaInit(boolean value) {
        this.pcaInit = value;
        return this;
    }

    /** The embedding of {@code x}, N examples by D features, into the plane. */
    public TSneEmbedding fit(Tensor x) {
        InputChecks.requireMatrix("x", x, -1);
        int n = x.size(0);
        if (perplexity >= n) {
            throw new IllegalArgumentException("perplexity " + perplexity + " must be less than the number of points ("
                    + n + "): each point's neighbourhood is spread over about perplexity other points");
        }
        int dim = x.size(1);
        double[] data = x.to(DType.FLOAT64).toDoubleArray();
        Affinities p = Affinities.of(data, n, dim, perplexity, seed);
        double[] y = initialPositions(x, n);
        double rate = Double.isNaN(learningRate) ? Math.max(n / earlyExaggeration / 4, 50) : learningRate;
        Optimizer optimizer = new Optimizer(n);
        for (int t = 0; t < iterations; t++) {
            boolean exploring = t < EXAGGERATION_ITERATIONS;
            double[] gradient = gradient(p, y, n, exploring ? earlyExaggeration : 1);
            optimizer.step(y, gradient, exploring ? 0.5 : 0.8, rate);
        }
        return new TSneEmbedding(Tensor.of(y, n, 2), klDivergence(p, y, n));
    }

    /** {@code dC/dy = 4 (sum_j p_ij q_ij Z (y_i - y_j) - sum_j q_ij² Z² (y_i - y_j) / Z)}, the repulsion by Barnes-Hut. */
    private double[] gradient(Affinities p, double[] y, int n, double exaggeration) {
        QuadTree tree = new QuadTree(y, n);
        double[] repulsion = new double[2 * n];
        double[] attraction = new double[2 * n];
        int chunks = Math.max(1, Math.min(n, 4 * Runtime.getRuntime().availableProcessors()));
        double[] sumQ = new double[chunks];
        int stackSize = tree.stackSize();
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            int[] stack = new int[stackSize];
            double partial = 0;
            for (int i = chunk * n / chunks; i < (chunk + 1) * n / chunks; i++) {
                partial += tree.repulsion(i, theta, repulsion, stack);
                attract(p, y, i, exaggeration, attraction);
            }
            sumQ[chunk] = partial;
        });
        double z = 0;
        for (double s : sumQ) {
            z += s;
        }
        double[] gradient = new double[2 * n];
        for (int k = 0; k < 2 * n; k++) {
            gradient[k] = 4 * (attraction[k] - repulsion[k] / z);
        }
        return gradient;
    }

    private static void attract(Affinities p, double[] y, int i, double exaggeration, double[] attraction) {
        double fx = 0;
        double fy = 0;
        double xi = y[2 * i];
        double yi = y[2 * i + 1];
        for (int e = p.rowStart[i]; e < p.rowStart[i + 1]; e++) {
            int j = p.columns[e];
            double dx = xi - y[2 * j];
            double dy = yi - y[2 * j + 1];
            double strength = exaggeration * p.values[e] / (1 + dx * dx + dy * dy);
            fx += strength * dx;
            fy += strength * dy;
        }
        attraction[2 * i] = fx;
        attraction[2 * i + 1] = fy;
    }

    /** {@code KL(P || Q) = sum p_ij log(p_ij / q_ij)} over the data's neighbour pairs, Z from Barnes-Hut. */
    private double klDivergence(Affinities p, double[] y, int n) {
        QuadTree tree = new QuadTree(y, n);
        int[] stack = new int[tree.stackSize()];
        double[] ignored = new double[2 * n];
        double z = 0;
        for (int i = 0; i < n; i++) {
            z += tree.repulsion(i, theta, ignored, stack);
        }
        double kl = 0;
        for (int i = 0; i < n; i++) {
            for (int e = p.rowStart[i]; e < p.rowStart[i + 1]; e++) {
                int j = p.columns[e];
                double dx = y[2 * i] - y[2 * j];
                double dy = y[2 * i + 1] - y[2 * j + 1];
                double q = 1 / (1 + dx * dx + dy * dy) / z;
                kl += p.values[e] * Math.log(Math.max(p.values[e], Double.MIN_NORMAL) / Math.max(q, Double.MIN_NORMAL));
            }
        }
        return kl;
    }

    private double[] initialPositions(Tensor x, int n) {
        double[] y = new double[2 * n];
        if (pcaInit && x.size(1) >= 2) {
            double[] projected = Pca.fitTransform(x, 2).to(DType.FLOAT64).toDoubleArray();
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += projected[2 * i] / n;
            }
            double variance = 0;
            for (int i = 0; i < n; i++) {
                variance += (projected[2 * i] - mean) * (projected[2 * i] - mean) / n;
            }
            double scale = variance > 0 ? INITIAL_SPREAD / Math.sqrt(variance) : INITIAL_SPREAD;
            for (int k = 0; k < 2 * n; k++) {
                y[k] = projected[k] * scale;
            }
        } else {
            Random random = new Random(seed);
            for (int k = 0; k < 2 * n; k++) {
                y[k] = random.nextGaussian() * INITIAL_SPREAD;
            }
        }
        return y;
    }

    /** Gradient descent with momentum and per-coordinate gains (delta-bar-delta), as in the t-SNE paper. */
    private static final class Optimizer {
        private final double[] update;
        private final double[] gains;

        Optimizer(int n) {
            update = new double[2 * n];
            gains = new double[2 * n];
            Arrays.fill(gains, 1);
        }

        void step(double[] y, double[] gradient, double momentum, double rate) {
            for (int k = 0; k < y.length; k++) {
                // A gain grows while the gradient keeps pointing against the last step, shrinks when it flips.
                boolean sameDirection = update[k] * gradient[k] < 0;
                gains[k] = Math.max(MIN_GAIN, sameDirection ? gains[k] + 0.2 : gains[k] * 0.8);
                update[k] = momentum * update[k] - rate * gains[k] * gradient[k];
                y[k] += update[k];
            }
        }
    }
}
