package org.dendrite.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The update rules of gradient descent, stochastic gradient descent, momentum and Adam, run on
 * a two-parameter {@link Surface} so that their paths can be drawn over it. Gradients come from
 * {@link Surface#gradientAt}, that is from autograd. "SGD" adds Gaussian noise to the exact
 * gradient, standing in for the error of a mini-batch estimate.
 *
 * <pre>{@code
 * Trajectory path = Descent.adam(0.1).steps(200).run(Surface.rosenbrock(), -1.5, 2);
 * }</pre>
 */
public final class Descent {

    /** The update rules. */
    private enum Method {
        /** {@code w -= lr * g}. */
        GD("GD"),
        /** {@code w -= lr * (g + noise)}. */
        SGD("SGD"),
        /** {@code v = beta * v + g; w -= lr * v} (PyTorch's form). */
        MOMENTUM("momentum"),
        /** Adam with bias-corrected first and second moments. */
        ADAM("Adam");

        private final String label;

        Method(String label) {
            this.label = label;
        }
    }

    /** A path stops early when it leaves this distance from the origin (the step size was too large). */
    private static final double DIVERGED = 1e6;

    private final Method method;
    private final double learningRate;
    private double beta = 0.9;
    private double beta2 = 0.999;
    private double noise = 1;
    private long seed = 0;
    private int steps = 100;

    private Descent(Method method, double learningRate) {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be positive and finite, got " + learningRate);
        }
        this.method = method;
        this.learningRate = learningRate;
    }

    /** Plain gradient descent. */
    public static Descent gd(double learningRate) {
        return new Descent(Method.GD, learningRate);
    }

    /** Gradient descent on a noisy gradient (standard deviation {@link #noise}, default 1). */
    public static Descent sgd(double learningRate) {
        return new Descent(Method.SGD, learningRate);
    }

    /** Gradient descent with momentum {@link #beta} (default 0.9). */
    public static Descent momentum(double learningRate) {
        return new Descent(Method.MOMENTUM, learningRate);
    }

    /** Adam with betas {@link #beta} (0.9) and {@link #beta2} (0.999). */
    public static Descent adam(double learningRate) {
        return new Descent(Method.ADAM, learningRate);
    }

    /** The momentum coefficient, or Adam's first-moment decay. */
    public Descent beta(double value) {
        requireFraction("beta", value);
        this.beta = value;
        return this;
    }

    /** Adam's second-moment decay. */
    public Descent beta2(double value) {
        requireFraction("beta2", value);
        this.beta2 = value;
        return this;
    }

    /** The standard deviation of the noise SGD adds to each gradient component. */
    public Descent noise(double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("noise must be a finite standard deviation >= 0, got " + value);
        }
        this.noise = value;
        return this;
    }

    /** The seed of SGD's noise. */
    public Descent seed(long value) {
        this.seed = value;
        return this;
    }

    /** The number of updates. */
    public Descent steps(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("steps must be at least 1, got " + value);
        }
        this.steps = value;
        return this;
    }

    /** The path from {@code (x, y)}: the start and the point after each update, named after the method. */
    public Trajectory run(Surface surface, double x, double y) {
        return run(surface, x, y, method.label + " (" + format(x) + ", " + format(y) + ")");
    }

    /** The path from {@code (x, y)}, called {@code name} in the legend. */
    public Trajectory run(Surface surface, double x, double y, String name) {
        Random random = new Random(seed);
        double[] w = {x, y};
        double[] velocity = new double[2];
        double[] moment = new double[2];
        double[] square = new double[2];
        List<double[]> path = new ArrayList<>();
        path.add(w.clone());
        for (int t = 1; t <= steps; t++) {
            double[] g = surface.gradientAt(w[0], w[1]);
            for (int i = 0; i < 2; i++) {
                switch (method) {
                    case GD -> w[i] -= learningRate * g[i];
                    case SGD -> w[i] -= learningRate * (g[i] + noise * random.nextGaussian());
                    case MOMENTUM -> {
                        velocity[i] = beta * velocity[i] + g[i];
                        w[i] -= learningRate * velocity[i];
                    }
                    case ADAM -> {
                        moment[i] = beta * moment[i] + (1 - beta) * g[i];
                        square[i] = beta2 * square[i] + (1 - beta2) * g[i] * g[i];
                        double mHat = moment[i] / (1 - Math.pow(beta, t));
                        double sHat = square[i] / (1 - Math.pow(beta2, t));
                        w[i] -= learningRate * mHat / (Math.sqrt(sHat) + 1e-8);
                    }
                }
            }
            if (!(Math.hypot(w[0], w[1]) < DIVERGED)) {
                break;
            }
            path.add(w.clone());
        }
        return Trajectory.of(name, path);
    }

    private static void requireFraction(String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), got " + value);
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
