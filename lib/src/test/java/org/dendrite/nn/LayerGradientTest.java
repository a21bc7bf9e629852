package org.dendrite.nn;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dendrite.tensor.Autograd;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.Tensor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each layer's gradients, with respect to its input and to each of its parameters, agree with
 * centred finite differences of a random projection of its output, all in float64.
 */
class LayerGradientTest {

    private static final double STEP = 1e-6;

    private static Arguments layer(Supplier<Module> layer, int... inputShape) {
        return Arguments.of(layer.get(), inputShape);
    }

    static Stream<Arguments> layers() {
        Tensor.manualSeed(11);
        return Stream.of(
                layer(() -> new Linear(4, 3), 5, 4),
                layer(() -> new Linear(4, 3, false), 2, 4),
                layer(() -> new Conv2d(2, 3, 3), 1, 2, 4, 4),
                layer(() -> new Conv2d(2, 2, 3, 2, 1), 1, 2, 5, 4),
                layer(() -> new MaxPool2d(2), 1, 2, 4, 4),
                layer(() -> new MaxPool2d(3, 2, 1), 1, 2, 5, 5),
                layer(() -> new AvgPool2d(2), 1, 2, 4, 4),
                layer(Flatten::new, 2, 3, 2, 2),
                layer(Sigmoid::new, 3, 4),
                layer(Tanh::new, 3, 4),
                layer(ReLU::new, 3, 4),
                layer(LeakyReLU::new, 3, 4),
                layer(() -> new ELU(0.5), 3, 4),
                layer(() -> new Maxout(3, 2, 2), 3, 3),
                layer(Softmax::new, 3, 4),
                layer(() -> new Dropout(0.5), 4, 5),
                layer(() -> new BatchNorm1d(3), 6, 3),
                layer(() -> new BatchNorm2d(2), 3, 2, 3, 3),
                layer(() -> new BatchNorm2d(2).eval(), 3, 2, 3, 3),
                layer(() -> new Sequential(new Conv2d(1, 2, 3, 1, 1), new ReLU(), new MaxPool2d(2), new Flatten(),
                        new Linear(8, 2)), 1, 1, 4, 4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void gradientsMatchCentredDifferences(Module module, int[] inputShape) {
        module.to(DType.FLOAT64);
        Tensor input = Tensor.randn(inputShape).to(DType.FLOAT64).requiresGrad(true);
        Tensor projection = Tensor.randn(output(module, input).shape()).to(DType.FLOAT64);
        Supplier<Tensor> loss = () -> output(module, input).mul(projection).sum();
        loss.get().backward();

        Map<String, Tensor> checked = new LinkedHashMap<>();
        checked.put("input", input);
        checked.putAll(module.namedParameters());
        checked.forEach((name, t) -> {
            assertNotNull(t.grad(), name + " got no gradient");
            double[] analytic = t.grad().toDoubleArray();
            double[] numeric = numericGradient(t, loss);
            for (int i = 0; i < analytic.length; i++) {
                if (Math.abs(analytic[i] - numeric[i]) > 1e-6 + 1e-4 * Math.abs(numeric[i])) {
                    fail(module + ": d loss / d " + name + "[" + i + "] is " + analytic[i] + " by backward, "
                            + numeric[i] + " by finite differences");
                }
            }
        });
    }

    /** The layer's output, with the same dropout mask on every call. */
    private static Tensor output(Module module, Tensor input) {
        Tensor.manualSeed(3);
        return module.forward(input);
    }

    private static double[] numericGradient(Tensor t, Supplier<Tensor> loss) {
        double[] values = t.toDoubleArray();
        double[] gradient = new double[values.length];
        try (Autograd.NoGrad off = Autograd.noGrad()) {
            for (int i = 0; i < values.length; i++) {
                double original = values[i];
                values[i] = original + STEP;
                t.copyFrom(float64(values, t.shape()));
                double up = loss.get().item();
                values[i] = original - STEP;
                t.copyFrom(float64(values, t.shape()));
                double down = loss.get().item();
                values[i] = original;
                t.copyFrom(float64(values, t.shape()));
                gradient[i] = (up - down) / (2 * STEP);
            }
        }
        return gradient;
    }

    private static Tensor float64(double[] values, int[] shape) {
        return Tensor.of(DType.FLOAT64, values, shape);
    }
}
