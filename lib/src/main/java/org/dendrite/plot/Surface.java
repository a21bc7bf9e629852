package org.dendrite.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.DoubleBinaryOperator;
import org.dendrite.InputChecks;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.Tensor;

/**
 * A function of two parameters, such as a loss of two weights, with the region to look at. It
 * is written with {@link Tensor} operations, element by element on tensors of equal shape, so
 * that a whole grid is evaluated in one call and gradients (for optimizer paths) come from
 * autograd. The test functions show the landscapes the slides talk about: badly conditioned
 * valleys, local minima, saddle points.
 */
public final class Surface {

    private final String name;
    private final BinaryOperator<Tensor> function;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final boolean logScale;
    private final List<double[]> minima;

    private Surface(String name, BinaryOperator<Tensor> function, double[] region, boolean logScale) {
        this(name, function, region, logScale, List.of());
    }

    private Surface(String name, BinaryOperator<Tensor> function, double[] region, boolean logScale, List<double[]> minima) {
        InputChecks.requireRange("surface x range", region[0], region[1]);
        InputChecks.requireRange("surface y range", region[2], region[3]);
        this.name = name;
        this.function = function;
        this.xMin = region[0];
        this.xMax = region[1];
        this.yMin = region[2];
        this.yMax = region[3];
        this.logScale = logScale;
        this.minima = List.copyOf(minima);
    }

    /**
     * {@code f(x, y)} written with tensor operations, looked at over
     * {@code [xMin, xMax] x [yMin, yMax]}; {@code logScale} colours and contours it on a log
     * scale, for functions whose values span several orders of magnitude.
     */
    public static Surface of(String name, BinaryOperator<Tensor> function, double xMin, double xMax,
            double yMin, double yMax, boolean logScale) {
        return new Surface(name, function, new double[] {xMin, xMax, yMin, yMax}, logScale);
    }

    /**
     * A function of two numbers, such as a model's loss with two weights set to {@code x} and
     * {@code y}: evaluated point by point, so it can be drawn but gives no gradients; pass
     * optimizer paths as {@link Trajectory} points.
     */
    public static Surface ofScalar(String name, DoubleBinaryOperator function, double xMin, double xMax,
            double yMin, double yMax) {
        BinaryOperator<Tensor> pointwise = (x, y) -> {
            double[] xs = x.toDoubleArray();
            double[] ys = y.toDoubleArray();
            double[] values = new double[xs.length];
            for (int i = 0; i < xs.length; i++) {
                values[i] = function.applyAsDouble(xs[i], ys[i]);
            }
            return Tensor.of(x.dtype(), values, x.shape());
        };
        return new Surface(name, pointwise, new double[] {xMin, xMax, yMin, yMax}, false);
    }

    /** A long, narrow valley: {@code 0.1x² + 2y²}, condition number 20. Plain gradient descent zig-zags across it. */
    public static Surface valley() {
        return of("valley 0.1x² + 2y²", (x, y) -> x.pow(2).mul(0.1).add(y.pow(2).mul(2)), -10, 10, -4, 4, false)
                .withMinimum(0, 0);
    }

    /** Rosenbrock's banana {@code (1 - x)² + 100(y - x²)²}: a curved valley with its minimum at (1, 1). */
    public static Surface rosenbrock() {
        return of("Rosenbrock (1 - x)² + 100(y - x²)²",
                (x, y) -> x.neg().add(1).pow(2).add(y.sub(x.pow(2)).pow(2).mul(100)), -2, 2, -1, 3, true)
                .withMinimum(1, 1);
    }

    /**
     * Himmelblau's function {@code (x² + y - 11)² + (x + y² - 7)²}: four minima of equal
     * value, so different starting points end in different minima.
     */
    public static Surface himmelblau() {
        return of("Himmelblau (x² + y - 11)² + (x + y² - 7)²",
                (x, y) -> x.pow(2).add(y).sub(11).pow(2).add(x.add(y.pow(2)).sub(7).pow(2)), -6, 6, -6, 6, true)
                .withMinimum(3, 2).withMinimum(-2.805118, 3.131312).withMinimum(-3.779310, -3.283186)
                .withMinimum(3.584428, -1.848126);
    }

    /**
     * A tilted double well {@code (x² - 1)² + 0.3x + y²}: a global minimum near (-1, 0) and a
     * worse local minimum near (1, 0), where gradient descent started on the right gets stuck.
     */
    public static Surface doubleWell() {
        return of("double well (x² - 1)² + 0.3x + y²",
                (x, y) -> x.pow(2).sub(1).pow(2).add(x.mul(0.3)).add(y.pow(2)), -2, 2, -1.5, 1.5, false)
                .withMinimum(-1.035579, 0).withMinimum(0.960150, 0);   // the roots of 4x³ - 4x + 0.3 = 0 with f'' > 0
    }

    /** A saddle {@code x² - y²}: the gradient vanishes at (0, 0), which is no minimum. */
    public static Surface saddle() {
        return of("saddle x² - y²", (x, y) -> x.pow(2).sub(y.pow(2)), -2, 2, -2, 2, false);
    }

    /** The same surface with a (local) minimum at {@code (x, y)} added, which plots mark. */
    public Surface withMinimum(double x, double y) {
        InputChecks.requireFinite("minimum", new double[] {x, y});
        List<double[]> more = new ArrayList<>(minima);
        more.add(new double[] {x, y});
        return new Surface(name, function, new double[] {xMin, xMax, yMin, yMax}, logScale, more);
    }

    /** The same function, minima and scale, looked at over {@code [xMin, xMax] x [yMin, yMax]}. */
    public Surface region(double xMin, double xMax, double yMin, double yMax) {
        return new Surface(name, function, new double[] {xMin, xMax, yMin, yMax}, logScale, minima);
    }

    /** The minima given by {@link #withMinimum}, each {@code {x, y}}; the test functions know theirs. */
    public List<double[]> minima() {
        return minima.stream().map(double[]::clone).toList();
    }

    /** The function's values at {@code x} and {@code y}, tensors of equal shape. */
    public Tensor apply(Tensor x, Tensor y) {
        return function.apply(x, y);
    }

    /** {@code f(x, y)} at one point. */
    public double valueAt(double x, double y) {
        return apply(exact(x), exact(y)).item();
    }

    /** The gradient {@code [df/dx, df/dy]} at one point, computed by {@link Tensor#backward()}. */
    public double[] gradientAt(double x, double y) {
        Tensor px = exact(x).requiresGrad(true);
        Tensor py = exact(y).requiresGrad(true);
        differentiableAt(px, py).sum().backward();
        return new double[] {gradientOrZero(px), gradientOrZero(py)};
    }

    /** {@code f(px, py)} for parameters that require grad, after checking that it can be differentiated. */
    Tensor differentiableAt(Tensor px, Tensor py) {
        Tensor value = apply(px, py);
        if (!value.requiresGrad()) {
            throw new IllegalStateException("surface '" + name + "' is not built from tensor operations on its inputs, "
                    + "so it has no gradient; pass optimizer paths as Trajectory points instead");
        }
        return value;
    }

    /**
     * The values on a grid of {@code columns} x {@code rows} points spanning the region, both
     * ends included: {@code values[r][c]} is at {@code (xs[c], ys[r])}.
     */
    public Grid grid(int columns, int rows) {
        if (columns < 2 || rows < 2) {
            throw new IllegalArgumentException("grid needs at least 2 x 2 points, got " + columns + " x " + rows);
        }
        double[] xs = new double[columns];
        double[] ys = new double[rows];
        double[] gx = new double[rows * columns];
        double[] gy = new double[rows * columns];
        for (int r = 0; r < rows; r++) {
            ys[r] = yMin + (yMax - yMin) * r / (rows - 1);
            for (int c = 0; c < columns; c++) {
                xs[c] = xMin + (xMax - xMin) * c / (columns - 1);
                gx[r * columns + c] = xs[c];
                gy[r * columns + c] = ys[r];
            }
        }
        Tensor values = apply(Tensor.of(DType.FLOAT64, gx, rows, columns), Tensor.of(DType.FLOAT64, gy, rows, columns));
        double[] flat = values.toDoubleArray();
        if (flat.length != gx.length) {
            throw new IllegalStateException("surface '" + name + "' returned " + flat.length + " values for "
                    + gx.length + " points; it must work element by element");
        }
        double[][] grid = new double[rows][];
        for (int r = 0; r < rows; r++) {
            grid[r] = Arrays.copyOfRange(flat, r * columns, (r + 1) * columns);
        }
        return new Grid(xs, ys, grid);
    }

    /** The name shown as the chart title. */
    public String name() {
        return name;
    }

    /** Whether values are best coloured and contoured on a log scale. */
    public boolean logScale() {
        return logScale;
    }

    /** The left edge of the region. */
    public double xMin() {
        return xMin;
    }

    /** The right edge of the region. */
    public double xMax() {
        return xMax;
    }

    /** The bottom edge of the region. */
    public double yMin() {
        return yMin;
    }

    /** The top edge of the region. */
    public double yMax() {
        return yMax;
    }

    /** {@code value} as a float64 tensor, without passing through float32. */
    static Tensor exact(double value) {
        return Tensor.of(DType.FLOAT64, new double[] {value});
    }

    private static double gradientOrZero(Tensor parameter) {
        return parameter.grad() == null ? 0 : parameter.grad().item();
    }
}
