package org.dendrite.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.dendrite.optim.Adam;
import org.dendrite.optim.Optimizer;
import org.dendrite.optim.SGD;
import org.dendrite.tensor.Tensor;

/**
 * The path of an optimizer from {@code org.dendrite.optim} over a two-parameter {@link Surface},
 * so that it can be drawn on it: the two coordinates are parameters, the surface is the loss,
 * and each step is {@code zeroGrad(); loss.backward(); step()}, as in training. "SGD" adds
 * Gaussian noise to the exact gradient, standing in for the error of a mini-batch estimate.
 *
 * <pre>{@code
 * Trajectory path = Descent.adam(0.1).steps(200).run(Surface.rosenbrock(), -1.5, 2);
 * Trajectory rms = Descent.of("RMSProp", p -> new RMSProp(p, 0.01)).run(Surface.valley(), -9, 3);
 * }</pre>
 */
public final class Descent {

    /** A path stops early when it leaves this distance from the origin (the step size was too large). */
    private static final double DIVERGED = 1e6;

    private final String label;
    private final Function<List<Tensor>, Optimizer> optimizer;
    private double noise;
    private long seed;
    private int steps = 100;

    private Descent(String label, Function<List<Tensor>, Optimizer> optimizer) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("the optimizer's label is empty; it names the path in the legend");
        }
        if (optimizer == null) {
            throw new IllegalArgumentException("optimizer is null; pass a function such as p -> new SGD(p, 0.1)");
        }
        this.label = label;
        this.optimizer = optimizer;
    }

    /** The path of any optimizer, made by {@code optimizer} for the two coordinates; {@code label} names it. */
    public static Descent of(String label, Function<List<Tensor>, Optimizer> optimizer) {
        return new Descent(label, optimizer);
    }

    /** Plain gradient descent: {@link SGD} without momentum. */
    public static Descent gd(double learningRate) {
        return new Descent("GD", p -> new SGD(p, learningRate));
    }

    /** Gradient descent on a noisy gradient (standard deviation {@link #noise}, default 1). */
    public static Descent sgd(double learningRate) {
        return new Descent("SGD", p -> new SGD(p, learningRate)).noise(1);
    }

    /** {@link SGD} with momentum 0.9. */
    public static Descent momentum(double learningRate) {
        return new Descent("momentum", p -> new SGD(p, learningRate).momentum(0.9));
    }

    /** {@link Adam} with its default betas 0.9 and 0.999. */
    public static Descent adam(double learningRate) {
        return new Descent("Adam", p -> new Adam(p, learningRate));
    }

    /** The standard deviation of the noise added to each gradient component (0, none, unless made by {@link #sgd}). */
    public Descent noise(double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("noise must be a finite standard deviation >= 0, got " + value);
        }
        this.noise = value;
        return this;
    }

    /** The seed of the noise. */
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

    /** The path from {@code (x, y)}: the start and the point after each update, named after the optimizer. */
    public Trajectory run(Surface surface, double x, double y) {
        return run(surface, x, y, label + " (" + format(x) + ", " + format(y) + ")");
    }

    /** The path from {@code (x, y)}, called {@code name} in the legend. */
    public Trajectory run(Surface surface, double x, double y, String name) {
        Tensor px = Surface.exact(x).requiresGrad(true);
        Tensor py = Surface.exact(y).requiresGrad(true);
        Optimizer stepper = optimizer.apply(List.of(px, py));
        Random random = new Random(seed);
        List<double[]> path = new ArrayList<>();
        path.add(new double[] {x, y});
        for (int t = 1; t <= steps; t++) {
            stepper.zeroGrad();
            Tensor loss = surface.differentiableAt(px, py);
            if (noise > 0) {   // d/dw of (e · w) is e: the noise joins the gradient
                loss = loss.add(px.mul(noise * random.nextGaussian())).add(py.mul(noise * random.nextGaussian()));
            }
            loss.sum().backward();
            stepper.step();
            double[] w = {px.item(), py.item()};
            if (!(Math.hypot(w[0], w[1]) < DIVERGED)) {
                break;
            }
            path.add(w);
        }
        return Trajectory.of(name, path);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
