package org.dendrite.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TensorTest {

    private static final double EPS = 1e-6;

    @AfterEach
    void anomalyOff() {
        Autograd.setDetectAnomaly(false);
    }

    private static void assertValues(double[] expected, Tensor actual) {
        assertArrayEquals(expected, actual.toDoubleArray(), 1e-5, actual.toString());
    }

    @Test
    void creationGivesTheRequestedShapesAndValues() {
        assertArrayEquals(new int[] {2, 3}, Tensor.zeros(2, 3).shape());
        assertValues(new double[] {1, 1}, Tensor.ones(2));
        assertValues(new double[] {7, 7, 7, 7}, Tensor.full(new int[] {2, 2}, 7));
        assertValues(new double[] {1, 0, 0, 1}, Tensor.eye(2));
        assertValues(new double[] {0, 1, 2}, Tensor.arange(3));
        assertValues(new double[] {1, 1.5, 2}, Tensor.arange(1, 2.1, 0.5));
        assertValues(new double[] {0, 0.25, 0.5, 0.75, 1}, Tensor.linspace(0, 1, 5));
        assertEquals(DType.FLOAT32, Tensor.of(1, 2).dtype());
        assertEquals(3.0, Tensor.scalar(3).item());
        assertArrayEquals(new int[0], Tensor.scalar(3).shape());
    }

    @Test
    void float64CreationKeepsAllDigits() {
        Tensor exact = Tensor.of(DType.FLOAT64, new double[] {0.1, 0.2, 0.3, 0.4}, 2, 2);
        assertEquals(DType.FLOAT64, exact.dtype());
        assertArrayEquals(new int[] {2, 2}, exact.shape());
        assertArrayEquals(new double[] {0.1, 0.2, 0.3, 0.4}, exact.toDoubleArray());
        assertNotEquals(0.1, Tensor.of(0.1).to(DType.FLOAT64).item(), "float32 first rounds 0.1");
        assertEquals(DType.FLOAT32, Tensor.of(DType.FLOAT32, new double[] {0.1}).dtype());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Tensor.of(DType.FLOAT64, new double[] {1, 2, 3}, 2, 2));
        assertTrue(e.getMessage().contains("3 values do not fill shape"), e.getMessage());
    }

    @Test
    void seededRandomTensorsRepeat() {
        Tensor.manualSeed(42);
        double[] first = Tensor.randn(5).toDoubleArray();
        Tensor.manualSeed(42);
        assertArrayEquals(first, Tensor.randn(5).toDoubleArray());
        double[] uniform = Tensor.rand(1000).toDoubleArray();
        assertTrue(java.util.Arrays.stream(uniform).allMatch(v -> v >= 0 && v < 1));
    }

    @Test
    void broadcastingFollowsNumpy() {
        Tensor column = Tensor.of(new double[] {1, 2}, 2, 1);
        Tensor row = Tensor.of(10, 20, 30);
        Tensor sum = column.add(row);
        assertArrayEquals(new int[] {2, 3}, sum.shape());
        assertValues(new double[] {11, 21, 31, 12, 22, 32}, sum);
    }

    @Test
    void broadcastingRepeatsRowsColumnsAndMiddleDimensions() {
        Tensor tall = Tensor.zeros(1000, 3).add(Tensor.of(1, 2, 3));
        assertValues(new double[] {1, 2, 3}, tall.slice(0, 999, 1000));
        assertEquals(6000, tall.sum().item(), 1e-9);
        Tensor middle = Tensor.zeros(2, 3, 2).add(Tensor.of(new double[] {1, 2, 3}, 3, 1));
        assertValues(new double[] {1, 1, 2, 2, 3, 3, 1, 1, 2, 2, 3, 3}, middle);
    }

    @Test
    void elementwiseFunctionsComputeTheirDefinitions() {
        Tensor x = Tensor.of(-2, 0.5, 3);
        assertValues(new double[] {0, 0.5, 3}, x.relu());
        assertValues(new double[] {-0.2, 0.5, 3}, x.leakyRelu(0.1));
        assertValues(new double[] {Math.exp(-2) - 1, 0.5, 3}, x.elu(1));
        assertValues(new double[] {1 / (1 + Math.exp(2)), 1 / (1 + Math.exp(-0.5)), 1 / (1 + Math.exp(-3))}, x.sigmoid());
        assertValues(new double[] {-1, 0.5, 1}, x.clamp(-1, 1));
        assertValues(new double[] {0, 0, 1}, x.gt(1));
        assertValues(new double[] {-2, 0, 0}, Tensor.where(x.lt(0), x, Tensor.zeros(3)));
    }

    @Test
    void reductionsAlongDimensions() {
        Tensor x = Tensor.of(new double[][] {{1, 5, 3}, {4, 2, 6}});
        assertValues(new double[] {9, 12}, x.sum(1));
        assertArrayEquals(new int[] {2, 1}, x.sum(1, true).shape());
        assertValues(new double[] {2.5, 3.5, 4.5}, x.mean(0));
        assertValues(new double[] {5, 6}, x.max(1).values());
        assertValues(new double[] {1, 2}, x.argmax(1));
        assertValues(new double[] {4, 4}, x.var(1));
        assertEquals(Math.log(Math.exp(1) + Math.exp(5) + Math.exp(3)), x.logsumexp(1).get(0), EPS);
        assertValues(new double[] {1, 1}, x.softmax(1).sum(1));
    }

    @Test
    void logsumexpDoesNotOverflow() {
        assertEquals(1000 + Math.log(2), Tensor.of(1000, 1000).to(DType.FLOAT64).logsumexp(0).item(), 1e-9);
    }

    @Test
    void matmulAndShapeChanges() {
        Tensor a = Tensor.arange(6).reshape(2, 3);
        assertValues(new double[] {5, 14, 14, 50}, a.matmul(a.t()));
        assertArrayEquals(new int[] {3, 2}, a.transpose(0, 1).shape());
        assertArrayEquals(new int[] {1, 2, 3}, a.unsqueeze(0).shape());
        assertArrayEquals(new int[] {6}, a.flatten().shape());
        assertValues(new double[] {3, 4, 5}, a.select(0, 1));
        assertValues(new double[] {1, 2, 4, 5}, a.slice(1, 1, 3));
        assertValues(new double[] {3, 4, 5, 0, 1, 2}, a.indexSelect(0, 1, 0));
        assertArrayEquals(new int[] {2, 2, 3}, Tensor.stack(List.of(a, a), 0).shape());
        assertArrayEquals(new int[] {2, 6}, Tensor.concat(List.of(a, a), 1).shape());
    }

    @Test
    void gatherPicksEachRowsLabelScore() {
        Tensor scores = Tensor.of(new double[][] {{3.2, 5.1, -1.7}, {1.3, 4.9, 2.0}, {2.2, 2.5, -3.1}});
        Tensor labels = Tensor.ofLongs(0, 1, 2);
        assertValues(new double[] {3.2, 4.9, -3.1}, scores.gather(1, labels.unsqueeze(1)).squeeze(1));
        assertValues(new double[] {0, 1, 0, 0, 0, 1}, Tensor.oneHot(Tensor.ofLongs(1, 2), 3));
    }

    @Test
    void gradientsOfABroadcastAddAreSummedToTheInputShape() {
        Tensor x = Tensor.ones(4, 3).requiresGrad(true);
        Tensor b = Tensor.zeros(3).requiresGrad(true);
        x.add(b).sum().backward();
        assertArrayEquals(new int[] {3}, b.grad().shape());
        assertValues(new double[] {4, 4, 4}, b.grad());
    }

    @Test
    void gradientsAccumulateUntilZeroed() {
        Tensor w = Tensor.of(2.0).requiresGrad(true);
        w.mul(w).sum().backward();
        w.mul(w).sum().backward();
        assertValues(new double[] {8}, w.grad());
        w.zeroGrad();
        assertNull(w.grad());
    }

    @Test
    void noGradScopeRecordsNothing() {
        Tensor w = Tensor.ones(2).requiresGrad(true);
        try (var off = Autograd.noGrad()) {
            Tensor y = w.mul(3);
            assertTrue(!y.requiresGrad() && y.gradFnName() == null);
        }
        assertEquals("mul", w.mul(3).gradFnName());
    }

    @Test
    void detachCutsTheGraph() {
        Tensor w = Tensor.ones(2).requiresGrad(true);
        Tensor y = w.detach().mul(2).add(w).sum();
        y.backward();
        assertValues(new double[] {1, 1}, w.grad());
    }

    @Test
    void hooksAndRetainGradShowIntermediateGradients() {
        Tensor x = Tensor.of(-2).requiresGrad(true);
        Tensor y = Tensor.of(5).requiresGrad(true);
        Tensor z = Tensor.of(-4).requiresGrad(true);
        Tensor q = x.add(y).retainGrad();
        List<Double> seen = new ArrayList<>();
        q.registerHook(g -> seen.add(g.item()));
        Tensor f = q.mul(z);
        f.backward();
        assertEquals(-12, f.item(), EPS);
        assertEquals(List.of(-4.0), seen);
        assertEquals(-4, q.grad().item(), EPS);
        assertEquals(-4, x.grad().item(), EPS);
        assertEquals(-4, y.grad().item(), EPS);
        assertEquals(3, z.grad().item(), EPS);
    }

    @Test
    void gradientOfAConversionFlowsBackInTheOriginalType() {
        Tensor x = Tensor.ones(3).to(DType.FLOAT64).requiresGrad(true);
        x.to(DType.FLOAT32).mul(2).sum().backward();
        assertEquals(DType.FLOAT64, x.grad().dtype());
        assertValues(new double[] {2, 2, 2}, x.grad());
    }

    @Test
    void parameterUpdateInPlaceNeedsNoGrad() {
        Tensor w = Tensor.of(1, 2).requiresGrad(true);
        w.mul(w).sum().backward();
        assertThrows(IllegalStateException.class, () -> w.copyFrom(w.sub(w.grad().mul(0.5))));
        try (var off = Autograd.noGrad()) {
            w.copyFrom(w.sub(w.grad().mul(0.5)));
        }
        assertValues(new double[] {0, 0}, w);
        assertThrows(IllegalStateException.class, () -> w.mul(2).copyFrom(Tensor.zeros(2)));
    }

    @Test
    void shapeMismatchNamesTheOperationAndBothShapes() {
        var e = assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(64, 1000).matmul(Tensor.zeros(100, 10)));
        assertTrue(e.getMessage().startsWith("matmul: [64,1000] x [100,10]"), e.getMessage());
        var b = assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(2, 3).add(Tensor.zeros(4)));
        assertTrue(b.getMessage().contains("add: shapes [2,3] and [4] cannot be broadcast"), b.getMessage());
        var r = assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(2, 3).reshape(4, 2));
        assertTrue(r.getMessage().contains("[2,3] (6 elements) cannot become [4,2]"), r.getMessage());
    }

    @Test
    void backwardOnANonScalarExplainsWhatToDo() {
        Tensor y = Tensor.ones(3).requiresGrad(true).mul(2);
        var e = assertThrows(IllegalStateException.class, y::backward);
        assertTrue(e.getMessage().contains("shape [3]") && e.getMessage().contains("backward(upstream)"), e.getMessage());
        y.backward(Tensor.ones(3));
    }

    @Test
    void mixingFloat32AndFloat64PromotesAsPyTorchButMatmulRefuses() {
        Tensor narrow = Tensor.of(1.5, 2).requiresGrad(true);
        Tensor sum = narrow.add(Tensor.of(DType.FLOAT64, new double[] {0.1, 0.2}));
        assertEquals(DType.FLOAT64, sum.dtype());
        assertEquals(DType.FLOAT64, Tensor.where(narrow.gt(1.6), narrow, sum).dtype());
        assertEquals(DType.FLOAT64, Tensor.concat(List.of(narrow, sum), 0).dtype());
        sum.sum().backward();
        assertEquals(DType.FLOAT32, narrow.grad().dtype());
        var e = assertThrows(IllegalArgumentException.class, () -> Tensor.ones(2, 2).matmul(Tensor.ones(2, 2).to(DType.FLOAT64)));
        assertTrue(e.getMessage().contains("matmul: dtypes float32 and float64 differ"), e.getMessage());
    }

    @Test
    void freedTensorCannotBeUsed() {
        Tensor x = Tensor.ones(2);
        x.close();
        var e = assertThrows(IllegalStateException.class, () -> x.add(1));
        assertTrue(e.getMessage().contains("freed"), e.getMessage());
        assertEquals("tensor(<freed>)", x.toString());
    }

    @Test
    void anomalyModeNamesTheFirstOperationThatMadeNaN() {
        Autograd.setDetectAnomaly(true);
        Tensor x = Tensor.of(-1, 4);
        var e = assertThrows(ArithmeticException.class, () -> x.mul(2).sqrt().add(1));
        assertTrue(e.getMessage().contains("sqrt produced NaN"), e.getMessage());
    }

    @Test
    void printsLikePyTorch() {
        assertEquals("tensor([1., 2., 3.])", Tensor.of(1, 2, 3).toString());
        assertEquals("tensor([[1.5000, 2.0000],\n        [3.0000, 4.0000]])", Tensor.of(new double[][] {{1.5, 2}, {3, 4}}).toString());
        assertEquals("tensor([[[0., 1.],\n         [2., 3.]],\n\n        [[4., 5.],\n         [6., 7.]]])",
                Tensor.arange(8).reshape(2, 2, 2).toString());
        assertEquals("tensor(3., dtype=float64, requiresGrad=true)", Tensor.scalar(3).to(DType.FLOAT64).requiresGrad(true).toString());
        assertEquals("tensor([2., 4.], gradFn=mul)", Tensor.of(1, 2).requiresGrad(true).mul(2).toString());
        String big = Tensor.arange(2000).toString();
        assertTrue(big.startsWith("tensor([   0.,    1.,    2., ...") && big.endsWith("1999.])"), big);
    }

    @Test
    void vectorsAndMatricesHaveAnHtmlTable() {
        var bundle = Tensor.of(new double[][] {{1, 2}, {3, 4}}).mimeBundle();
        assertTrue(bundle.get("text/html").contains("<table") && bundle.get("text/html").contains("[2,2] float32"));
        assertEquals(false, Tensor.zeros(2, 2, 2).mimeBundle().containsKey("text/html"));
    }
}
