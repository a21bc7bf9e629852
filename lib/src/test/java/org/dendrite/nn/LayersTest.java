package org.dendrite.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.dendrite.tensor.Autograd;
import org.dendrite.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** Layers compute the slides' formulas, name their parameters, and say what input they expected. */
class LayersTest {

    private static void assertValues(double[] expected, Tensor actual, double tolerance) {
        assertArrayEquals(expected, actual.toDoubleArray(), tolerance);
    }

    private static void set(Tensor parameter, double[][] rows) {
        try (Autograd.NoGrad off = Autograd.noGrad()) {
            parameter.copyFrom(Tensor.of(rows));
        }
    }

    private static void set(Tensor parameter, double... values) {
        try (Autograd.NoGrad off = Autograd.noGrad()) {
            parameter.copyFrom(Tensor.of(values));
        }
    }

    /** Lecture 000's sigmoid network: f([1, -1]) = [0.62, 0.83], f([0, 0]) = [0.51, 0.85], first layer σ([4, -2]). */
    @Test
    void sigmoidNetworkMatchesTheSlidesExample() {
        Linear first = new Linear(2, 2);
        Linear second = new Linear(2, 2);
        Linear third = new Linear(2, 2);
        set(first.weight(), new double[][] {{1, -1}, {-2, 1}});
        set(first.bias(), 1, 0);
        set(second.weight(), new double[][] {{2, -2}, {-1, -1}});
        set(second.bias(), 0, 0);
        set(third.weight(), new double[][] {{3, -1}, {-1, 4}});
        set(third.bias(), -2, 2);
        Sequential f = new Sequential(first, new Sigmoid(), second, new Sigmoid(), third, new Sigmoid());
        Tensor x = Tensor.of(new double[][] {{1, -1}, {0, 0}});
        assertValues(new double[] {0.98, 0.12, 0.73, 0.50}, f.get(1).forward(first.forward(x)), 0.005);
        assertValues(new double[] {0.62, 0.83, 0.51, 0.85}, f.forward(x), 0.005);
    }

    @Test
    void activationsComputeTheSlidesFormulas() {
        Tensor x = Tensor.of(new double[][] {{-2, 0.5, 3}});
        assertValues(new double[] {0, 0.5, 3}, new ReLU().forward(x), 1e-6);
        assertValues(new double[] {-0.2, 0.5, 3}, new LeakyReLU().forward(x), 1e-6);
        assertValues(new double[] {-0.02, 0.5, 3}, new LeakyReLU(0.01).forward(x), 1e-6);
        assertValues(new double[] {2 * (Math.exp(-2) - 1), 0.5, 3}, new ELU(2).forward(x), 1e-6);
        assertValues(new double[] {Math.tanh(-2), Math.tanh(0.5), Math.tanh(3)}, new Tanh().forward(x), 1e-6);
        assertValues(new double[] {0.13, 0.87, 0.00}, new Softmax().forward(Tensor.of(new double[][] {{3.2, 5.1, -1.7}})), 0.005);
    }

    @Test
    void maxoutTakesTheLargestLinearPiece() {
        Maxout maxout = new Maxout(2, 1, 2);
        try (Autograd.NoGrad off = Autograd.noGrad()) {
            maxout.namedParameters().get("weight").copyFrom(Tensor.of(new double[] {1, 0, 0, 1}, 2, 2, 1));
            maxout.namedParameters().get("bias").copyFrom(Tensor.of(new double[] {0, -1}, 2, 1));
        }
        Tensor x = Tensor.of(new double[][] {{3, 1}, {-1, 5}});
        assertValues(new double[] {3, 4}, maxout.forward(x), 1e-6);
        assertEquals("Maxout(2→1, k=2)", maxout.toString());
    }

    @Test
    void dropoutScalesSurvivorsInTrainingAndPassesThroughInEvaluation() {
        Tensor.manualSeed(5);
        Dropout dropout = new Dropout(0.25);
        Tensor x = Tensor.ones(100, 100);
        double[] out = dropout.forward(x).toDoubleArray();
        long dropped = Arrays.stream(out).filter(v -> v == 0).count();
        assertTrue(Arrays.stream(out).allMatch(v -> v == 0 || Math.abs(v - 1 / 0.75) < 1e-6));
        assertEquals(2500, dropped, 200);
        dropout.eval();
        assertSame(x, dropout.forward(x));
    }

    @Test
    void batchNormNormalizesInTrainingAndUsesRunningStatisticsInEvaluation() {
        BatchNorm1d bn = new BatchNorm1d(2);
        Tensor x = Tensor.of(new double[][] {{1, 10}, {3, 20}, {5, 30}});
        Tensor y = bn.forward(x);
        assertValues(new double[] {0, 0}, y.mean(false, 0), 1e-5);
        assertValues(new double[] {1, 1}, y.var(0, false, false), 1e-3);
        assertValues(new double[] {0.3, 2.0}, bn.runningMean(), 1e-5);
        assertValues(new double[] {0.9 + 0.1 * 4, 0.9 + 0.1 * 100}, bn.runningVar(), 1e-4);
        bn.eval();
        double expected = (3 - 0.3) / Math.sqrt(1.3 + 1e-5);
        assertEquals(expected, bn.forward(x).get(1, 0), 1e-4);
        assertEquals(List.of("weight", "bias"), List.copyOf(bn.namedParameters().keySet()));
        assertEquals(List.of("runningMean", "runningVar"), List.copyOf(bn.namedBuffers().keySet()));
    }

    @Test
    void batchNorm2dNormalizesEachChannelOverBatchAndPositions() {
        Tensor.manualSeed(2);
        Tensor x = Tensor.randn(4, 3, 5, 5).mul(3).add(7);
        Tensor y = new BatchNorm2d(3).forward(x);
        assertValues(new double[] {0, 0, 0}, y.mean(false, 0, 2, 3), 1e-4);
        Tensor channelFirst = y.permute(1, 0, 2, 3).reshape(3, -1);
        assertValues(new double[] {1, 1, 1}, channelFirst.var(1, false, false), 1e-3);
    }

    @Test
    void sequentialNamesParametersByPositionAndSwitchesModes() {
        Sequential net = Models.mlp(784, 100, 10);
        assertEquals(List.of("1.weight", "1.bias", "3.weight", "3.bias"), List.copyOf(net.namedParameters().keySet()));
        assertArrayEquals(new int[] {784, 100}, net.namedParameters().get("1.weight").shape());
        assertArrayEquals(new int[] {5, 10}, net.forward(Tensor.zeros(5, 1, 28, 28)).shape());
        net.eval();
        assertTrue(net.layers().stream().noneMatch(Module::isTraining));
        assertTrue(net.toString().startsWith("Sequential(\n  (0): Flatten\n  (1): Linear(784→100)"), net.toString());
    }

    @Test
    void wrongInputShapesNameTheLayerTheExpectedAndTheReceivedShape() {
        String linear = assertThrows(IllegalArgumentException.class,
                () -> new Linear(2450, 500).forward(Tensor.zeros(64, 50, 7, 8))).getMessage();
        assertEquals("Linear(2450→500) got [64, 50, 7, 8]; expected [N, 2450] (add a Flatten before it)", linear);
        String conv = assertThrows(IllegalArgumentException.class,
                () -> Models.leNet().forward(Tensor.zeros(64, 3, 28, 28))).getMessage();
        assertEquals("Conv2d(1→20, K=5, S=1, P=2) got [64, 3, 28, 28]; expected [N, 1, H, W]", conv);
        String pool = assertThrows(IllegalArgumentException.class, () -> new MaxPool2d(2).forward(Tensor.zeros(4, 4))).getMessage();
        assertTrue(pool.startsWith("MaxPool2d(K=2, S=2) got [4, 4]; expected [N, C, H, W]"), pool);
        String bn = assertThrows(IllegalArgumentException.class, () -> new BatchNorm2d(3).forward(Tensor.zeros(2, 4, 5, 5))).getMessage();
        assertEquals("BatchNorm2d(3) got [2, 4, 5, 5]; expected [N, 3, H, W]", bn);
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Dropout(1));
        assertThrows(IllegalArgumentException.class, () -> new Conv2d(3, 10, 0));
        assertThrows(IllegalArgumentException.class, () -> new Linear(0, 3));
        String mlp = assertThrows(IllegalArgumentException.class, () -> Models.mlp(10)).getMessage();
        assertTrue(mlp.contains("needs an input and an output size"), mlp);
    }

    @Test
    void initializersDrawWeightsWithTheRequestedSpread() {
        Tensor.manualSeed(1);
        Linear layer = new Linear(400, 300);
        assertEquals(1 / Math.sqrt(3 * 400), std(layer.weight()), 0.002);
        Tensor before = layer.weight();
        layer.initialize(Init.kaiming());
        assertSame(before, layer.weight());
        assertEquals(Math.sqrt(2.0 / 400), std(layer.weight()), 0.002);
        layer.initialize(Init.xavier());
        assertEquals(Math.sqrt(2.0 / 700), std(layer.weight()), 0.002);
        Sequential net = new Sequential(new Conv2d(3, 8, 5), new ReLU(), new Linear(10, 10));
        net.initialize(Init.normal(0.01));
        assertEquals(0.01, std(net.namedParameters().get("0.weight")), 0.002);
        assertEquals(0.01, std(net.namedParameters().get("2.weight")), 0.002);
        assertEquals(Math.sqrt(2.0 / (3 * 25)), Init.kaiming().std(3 * 25, 8 * 25), 1e-12);
    }

    private static double std(Tensor t) {
        return Math.sqrt(t.reshape(-1).var(0, false).item());
    }
}
