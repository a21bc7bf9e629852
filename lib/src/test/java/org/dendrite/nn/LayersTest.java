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
        set(first.weight(), new double[][] {{1, -2}, {-1, 1}});
        set(first.bias(), 1, 0);
        set(second.weight(), new double[][] {{2, -1}, {-2, -1}});
        set(second.bias(), 0, 0);
        set(third.weight(), new double[][] {{3, -1}, {-1, 4}});
        set(third.bias(), -2, 2);
        Sequential f = new Sequential(first, new Sigmoid(), second, new Sigmoid(), third, new Sigmoid());
        Tensor x = Tensor.of(new double[][] {{1, -1}, {0, 0}});
        assertValues(new double[] {0.98, 0.12, 0.73, 0.50}, f.get(1).forward(first.forward(x)), 0.005);
        assertValues(new double[] {0.62, 0.83, 0.51, 0.85}, f.forward(x), 0.005);
    }

    /** PyTorch's layout and initialization: weight [out, in], weight and bias uniform in ±1/√in, forward x Wᵀ + b. */
    @Test
    void linearStoresItsWeightOutputsByInputsAndDrawsBiasesAsPyTorch() {
        Tensor.manualSeed(3);
        Linear layer = new Linear(400, 300);
        assertArrayEquals(new int[] {300, 400}, layer.weight().shape());
        double bound = 1 / Math.sqrt(400);
        double[] bias = layer.bias().toDoubleArray();
        assertTrue(Arrays.stream(bias).allMatch(b -> Math.abs(b) <= bound), "biases within ±1/√400");
        assertEquals(bound / Math.sqrt(3), std(layer.bias()), 0.006);
        Tensor x = Tensor.randn(5, 400);
        assertValues(x.matmul(layer.weight().t()).add(layer.bias()).toDoubleArray(), layer.forward(x), 1e-5);
        layer.initialize(Init.kaiming());
        assertTrue(Arrays.stream(layer.bias().toDoubleArray()).allMatch(b -> b == 0), "Kaiming starts biases at 0");
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
        assertValues(new double[] {0, 0}, y.mean(0), 1e-5);
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
        assertValues(new double[] {0, 0, 0}, y.mean(0, 2, 3), 1e-4);
        Tensor channelFirst = y.permute(1, 0, 2, 3).reshape(3, -1);
        assertValues(new double[] {1, 1, 1}, channelFirst.var(1, false, false), 1e-3);
    }

    @Test
    void sequentialNamesParametersByPositionAndSwitchesModes() {
        Sequential net = Models.mlp(784, 100, 10);
        assertEquals(List.of("1.weight", "1.bias", "3.weight", "3.bias"), List.copyOf(net.namedParameters().keySet()));
        assertArrayEquals(new int[] {100, 784}, net.namedParameters().get("1.weight").shape());
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

    @Test
    void theLayersAddedForPyTorchUsersGiveTheirShapesAndFormulas() {
        Tensor.manualSeed(2);
        Conv1d conv = new Conv1d(2, 4, 3, 2, 1);
        assertArrayEquals(new int[] {5, 4, 4}, conv.forward(Tensor.randn(5, 2, 8)).shape());
        assertEquals(4 * 2 * 3 + 4, conv.parameters().stream().mapToLong(Tensor::numel).sum());
        LayerNorm norm = new LayerNorm(3);
        Tensor normalized = norm.forward(Tensor.of(new double[][] {{1, 2, 3}, {10, 10, 40}}));
        assertValues(new double[] {-1.2247, 0, 1.2247, -0.7071, -0.7071, 1.4142}, normalized, 1e-3);
        Embedding embedding = new Embedding(10, 3);
        Tensor looked = embedding.forward(Tensor.ofLongs(new long[] {4, 0, 4, 9}, 2, 2));
        assertArrayEquals(new int[] {2, 2, 3}, looked.shape());
        assertValues(embedding.weight().select(0, 4).toDoubleArray(), looked.select(0, 0).select(0, 0), 0);
        Tensor x = Tensor.of(-1, 0, 2);
        assertValues(new double[] {-0.1587, 0, 1.9545}, new GELU().forward(x), 1e-4);
        assertValues(new double[] {-0.2689, 0, 1.7616}, new SiLU().forward(x), 1e-4);
        assertValues(new double[] {0.3133, 0.6931, 2.1269}, new Softplus().forward(x), 1e-4);
        assertValues(x.toDoubleArray(), new Identity().forward(x), 0);
        assertValues(new double[] {-3.1698, -2.1698, -0.1698}, new LogSoftmax(0).forward(x), 1e-4);
        Tensor image = Tensor.arange(16).reshape(1, 1, 4, 4);
        assertValues(new double[] {2.5, 4.5, 10.5, 12.5}, new AdaptiveAvgPool2d(2).forward(image), 1e-6);
        assertValues(new double[] {7.5}, new AdaptiveAvgPool2d(1).forward(image), 1e-6);
    }

    /** Lecture 004: input 1 1 1 0 0 padded with a 0 to 6, kernels [+1, -1] and [-1, +1], stride 2: outputs 0 1 0 and 0 -1 0. */
    @Test
    void conv1dReproducesTheSlidesSharedWeightsExample() {
        Conv1d layer = new Conv1d(1, 2, 2, 2, 0);
        try (Autograd.NoGrad off = Autograd.noGrad()) {
            layer.weight().copyFrom(Tensor.of(new double[] {+1, -1, -1, +1}, 2, 1, 2));
        }
        set(layer.bias(), 0, 0);
        Tensor padded = Tensor.of(new double[] {1, 1, 1, 0, 0}, 1, 1, 5).pad(0, 1);
        Tensor out = layer.forward(padded);
        assertArrayEquals(new int[] {1, 2, 3}, out.shape());
        assertValues(new double[] {0, 1, 0, 0, -1, 0}, out, 1e-6);
    }

    @Test
    void moduleListOwnsItsLayersParametersButHasNoForward() {
        ModuleList blocks = new ModuleList(new Linear(3, 4), new ReLU()).add(new Linear(4, 2));
        assertEquals(3, blocks.size());
        assertEquals(List.of("0.weight", "0.bias", "2.weight", "2.bias"), List.copyOf(blocks.namedParameters().keySet()));
        Tensor x = Tensor.ones(1, 3);
        for (Module layer : blocks) {
            x = layer.forward(x);
        }
        assertArrayEquals(new int[] {1, 2}, x.shape());
        String message = assertThrows(UnsupportedOperationException.class, () -> blocks.forward(Tensor.ones(1, 3))).getMessage();
        assertTrue(message.contains("ModuleList has no forward"), message);
    }

    @Test
    void theNewLayersNameTheirExpectedInput() {
        String conv = assertThrows(IllegalArgumentException.class, () -> new Conv1d(2, 4, 3).forward(Tensor.zeros(5, 3, 8))).getMessage();
        assertEquals("Conv1d(2→4, kernel 3, stride 1, padding 0) got [5, 3, 8]; expected [N, 2, L]", conv);
        String norm = assertThrows(IllegalArgumentException.class, () -> new LayerNorm(4, 5).forward(Tensor.zeros(2, 5, 4))).getMessage();
        assertEquals("LayerNorm([4, 5]) got [2, 5, 4]; expected a tensor ending in [4, 5]", norm);
        String index = assertThrows(IllegalArgumentException.class, () -> new Embedding(3, 2).forward(Tensor.ofLongs(1, 3))).getMessage();
        assertEquals("Embedding(3, 2): index 3 at 1 is not in 0..2", index);
        String floats = assertThrows(IllegalArgumentException.class, () -> new Embedding(3, 2).forward(Tensor.of(1, 2))).getMessage();
        assertEquals("Embedding(3, 2): the indices must be int64, got float32; convert with .to(DType.INT64)", floats);
        assertThrows(IllegalArgumentException.class, () -> new AdaptiveAvgPool2d(0));
        assertThrows(IllegalArgumentException.class, () -> new Softplus(0, 20));
    }

    private static double std(Tensor t) {
        return Math.sqrt(t.reshape(-1).var(0).item());
    }
}
