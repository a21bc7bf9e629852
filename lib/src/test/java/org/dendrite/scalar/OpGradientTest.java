package org.dendrite.scalar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation's forward value against {@code java.lang.Math}, and its gradient against a
 * centred finite difference of that same reference: (f(a + h) - f(a - h)) / 2h.
 */
class OpGradientTest {

    /** An operation on Values, the same function on doubles, and the point to check it at. */
    record Op(String name, Function<Value[], Value> op, ToDoubleFunction<double[]> reference, double... at) {
        @Override
        public String toString() {
            return name + " at " + Arrays.toString(at);
        }
    }

    static Stream<Op> ops() {
        return Stream.of(
                new Op("add", v -> v[0].add(v[1]), a -> a[0] + a[1], 1.3, -0.7),
                new Op("add constant", v -> v[0].add(2.5), a -> a[0] + 2.5, 1.3),
                new Op("sub", v -> v[0].sub(v[1]), a -> a[0] - a[1], 1.3, -0.7),
                new Op("sub constant", v -> v[0].sub(2.5), a -> a[0] - 2.5, 1.3),
                new Op("mul", v -> v[0].mul(v[1]), a -> a[0] * a[1], 1.3, -0.7),
                new Op("mul constant", v -> v[0].mul(-3), a -> a[0] * -3, 1.3),
                new Op("div", v -> v[0].div(v[1]), a -> a[0] / a[1], 1.3, -0.7),
                new Op("div constant", v -> v[0].div(4), a -> a[0] / 4, 1.3),
                new Op("neg", v -> v[0].neg(), a -> -a[0], 1.3),
                new Op("pow 2", v -> v[0].pow(2), a -> a[0] * a[0], -1.3),
                new Op("pow 3 of a negative base", v -> v[0].pow(3), a -> a[0] * a[0] * a[0], -1.3),
                new Op("pow -1", v -> v[0].pow(-1), a -> 1 / a[0], 0.8),
                new Op("pow 0.5", v -> v[0].pow(0.5), a -> Math.sqrt(a[0]), 0.8),
                new Op("exp", v -> v[0].exp(), a -> Math.exp(a[0]), -0.6),
                new Op("log", v -> v[0].log(), a -> Math.log(a[0]), 0.6),
                new Op("tanh", v -> v[0].tanh(), a -> Math.tanh(a[0]), 0.4),
                new Op("sigmoid", v -> v[0].sigmoid(), a -> 1 / (1 + Math.exp(-a[0])), -0.9),
                new Op("relu of a positive", v -> v[0].relu(), a -> Math.max(0, a[0]), 0.9),
                new Op("relu of a negative", v -> v[0].relu(), a -> Math.max(0, a[0]), -0.9),
                new Op("max, first larger", v -> v[0].max(v[1]), a -> Math.max(a[0], a[1]), 1.3, -0.7),
                new Op("max, second larger", v -> v[0].max(v[1]), a -> Math.max(a[0], a[1]), -0.7, 1.3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ops")
    void gradientMatchesCentredFiniteDifference(Op op) {
        Value[] inputs = Arrays.stream(op.at()).mapToObj(Value::of).toArray(Value[]::new);
        Value out = op.op().apply(inputs);
        out.backward();

        assertEquals(op.reference().applyAsDouble(op.at()), out.data(), 1e-12, "forward value");
        double h = 1e-6;
        for (int i = 0; i < inputs.length; i++) {
            double[] up = op.at().clone();
            double[] down = op.at().clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (op.reference().applyAsDouble(up) - op.reference().applyAsDouble(down)) / (2 * h);
            double analytic = inputs[i].grad();
            double error = Math.abs(analytic - numeric) / Math.max(1, Math.abs(numeric));
            assertTrue(error < 1e-7, "input " + i + ": backward gives " + analytic + ", numeric " + numeric);
        }
    }
}
