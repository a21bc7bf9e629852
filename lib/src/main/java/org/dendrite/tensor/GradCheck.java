package org.dendrite.tensor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Checks analytic gradients against numerical ones (cs231n: "derive analytic, check
 * numerically"): each input element is moved by ±h in float64 and the centred difference
 * {@code (f(x + h) - f(x - h)) / 2h} compared with what {@link Tensor#backward()} gives.
 */
public final class GradCheck {

    private static final double STEP = 1e-6;
    private static final double ABSOLUTE_TOLERANCE = 1e-5;
    private static final double RELATIVE_TOLERANCE = 1e-3;

    private GradCheck() {
    }

    /** The largest relative error of each input's gradient, and whether all are within tolerance. */
    public record Report(List<Double> maxRelativeErrors, boolean passed) {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(passed ? "gradient check passed" : "gradient check FAILED");
            for (int i = 0; i < maxRelativeErrors.size(); i++) {
                text.append(String.format(Locale.ROOT, "%n  input %d: max relative error %.2e", i, maxRelativeErrors.get(i)));
            }
            return text.toString();
        }
    }

    /**
     * Compares the gradients of {@code f} (summed to a scalar if it is not one) with respect to
     * each input; the inputs are copied to float64 and left untouched.
     */
    public static Report check(Function<Tensor[], Tensor> f, Tensor... inputs) {
        Tensor[] xs = new Tensor[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            xs[i] = Tensor.leaf(inputs[i].backend().cast(inputs[i].storage(), DType.FLOAT64), inputs[i].backend()).requiresGrad(true);
        }
        scalar(f, xs).backward();
        List<Double> errors = new ArrayList<>();
        boolean passed = true;
        for (int i = 0; i < xs.length; i++) {
            double[] analytic = xs[i].grad() == null ? new double[(int) xs[i].numel()] : xs[i].grad().toDoubleArray();
            double[] numeric = numericGradient(f, xs, i);
            double worst = 0;
            for (int j = 0; j < analytic.length; j++) {
                double difference = Math.abs(analytic[j] - numeric[j]);
                worst = Math.max(worst, difference / Math.max(1e-12, Math.max(Math.abs(analytic[j]), Math.abs(numeric[j]))));
                passed &= difference <= ABSOLUTE_TOLERANCE + RELATIVE_TOLERANCE * Math.abs(numeric[j]);
            }
            errors.add(worst);
        }
        return new Report(errors, passed);
    }

    private static double[] numericGradient(Function<Tensor[], Tensor> f, Tensor[] xs, int which) {
        double[] base = xs[which].toDoubleArray();
        int[] shape = xs[which].shape();
        double[] gradient = new double[base.length];
        try (Autograd.NoGrad off = Autograd.noGrad()) {
            for (int j = 0; j < base.length; j++) {
                gradient[j] = (valueWith(f, xs, which, base, shape, j, STEP) - valueWith(f, xs, which, base, shape, j, -STEP)) / (2 * STEP);
            }
        }
        return gradient;
    }

    private static double valueWith(Function<Tensor[], Tensor> f, Tensor[] xs, int which, double[] base, int[] shape,
                                    int element, double step) {
        double[] moved = base.clone();
        moved[element] += step;
        Tensor[] args = xs.clone();
        long[] dims = java.util.Arrays.stream(shape).asLongStream().toArray();
        args[which] = Tensor.leaf(xs[which].backend().fromDoubles(moved, dims, DType.FLOAT64), xs[which].backend());
        return scalar(f, args).item();
    }

    private static Tensor scalar(Function<Tensor[], Tensor> f, Tensor[] args) {
        Tensor out = f.apply(args);
        return out.numel() == 1 ? out : out.sum();
    }
}
