package org.dendrite.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The operations added for PyTorch users (issue 17) that the parity fixtures cannot cover:
 * boolean answers, random creation, and the messages for wrong arguments. Values and
 * gradients are checked against PyTorch in {@link TorchParityTest} and {@link GradientCheckTest}.
 */
class TensorOperationsTest {

    private static void assertValues(double[] expected, Tensor actual) {
        assertArrayEquals(expected, actual.toDoubleArray(), 1e-6, actual.toString());
    }

    private static String message(Runnable call) {
        return assertThrows(RuntimeException.class, call::run).getMessage();
    }

    @Test
    void likeFactoriesKeepShapeAndType() {
        Tensor x = Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3).to(DType.FLOAT64);
        for (Tensor made : List.of(Tensor.zerosLike(x), Tensor.onesLike(x), Tensor.fullLike(x, 7), Tensor.randnLike(x))) {
            assertArrayEquals(new int[] {2, 3}, made.shape());
            assertEquals(DType.FLOAT64, made.dtype());
        }
        assertValues(new double[] {7, 7, 7, 7, 7, 7}, Tensor.fullLike(x, 7));
    }

    @Test
    void randintAndRandpermDrawWholeNumbersInRange() {
        Tensor.manualSeed(3);
        double[] drawn = Tensor.randint(-2, 3, 1000).toDoubleArray();
        assertTrue(Arrays.stream(drawn).allMatch(v -> v >= -2 && v < 3 && v == Math.rint(v)));
        assertEquals(5, Arrays.stream(drawn).distinct().count());
        double[] order = Tensor.randperm(50).toDoubleArray();
        double[] sorted = order.clone();
        Arrays.sort(sorted);
        assertValues(Tensor.arange(50).toDoubleArray(), Tensor.of(sorted));
        assertFalse(Arrays.equals(order, sorted), "50 elements came back in order");
        assertTrue(message(() -> Tensor.randint(3, 3, 2)).contains("high 3 must be above low 3"));
    }

    @Test
    void comparisonsAnswerAsPyTorch() {
        Tensor a = Tensor.of(1, 2, 3);
        assertValues(new double[] {0, 1, 0}, a.ne(Tensor.of(1, 5, 3)));
        assertValues(new double[] {1, 0, 1}, a.ne(2));
        assertTrue(a.allclose(Tensor.of(1, 2, 3.00001f)));
        assertFalse(a.allclose(Tensor.of(1, 2, 3.001f)));
        assertFalse(a.allclose(Tensor.of(1, 2)));
        assertTrue(a.equal(Tensor.of(1, 2, 3)));
        assertFalse(a.equal(Tensor.of(new double[] {1, 2, 3}, 3, 1)));
        assertTrue(Tensor.of(0, 0, 1).any());
        assertFalse(Tensor.of(0, 0, 1).all());
        assertTrue(Tensor.zeros(0).all());
    }

    @Test
    void nonzeroUniqueAndCloneGiveWhatPyTorchGives() {
        Tensor x = Tensor.of(new double[] {0, 3, 0, -1, 0, 3}, 2, 3);
        assertValues(new double[] {0, 1, 1, 0, 1, 2}, x.nonzero());
        assertArrayEquals(new int[] {3, 2}, x.nonzero().shape());
        assertValues(new double[] {-1, 0, 3}, x.unique());
        Tensor p = Tensor.of(1, 2).requiresGrad(true);
        Tensor copy = p.clone();
        assertEquals("clone", copy.gradFnName());
        copy.mul(3).sum().backward();
        assertValues(new double[] {3, 3}, p.grad());
    }

    @Test
    void matmulFollowsPyTorchsRulesAndNamesTheRealMismatch() {
        assertArrayEquals(new int[] {2, 3, 5}, Tensor.zeros(2, 3, 4).matmul(Tensor.zeros(4, 5)).shape());
        assertArrayEquals(new int[] {2, 3, 5}, Tensor.zeros(3, 4).matmul(Tensor.zeros(2, 4, 5)).shape());
        assertArrayEquals(new int[] {6, 2, 3, 5}, Tensor.zeros(6, 1, 3, 4).matmul(Tensor.zeros(2, 4, 5)).shape());
        assertArrayEquals(new int[] {5}, Tensor.zeros(4).matmul(Tensor.zeros(4, 5)).shape());
        assertArrayEquals(new int[] {2, 3}, Tensor.zeros(2, 3, 4).matmul(Tensor.zeros(4)).shape());
        assertEquals(32.0, Tensor.of(1, 2, 3).matmul(Tensor.of(4, 5, 6)).item());
        assertEquals("matmul: [2,3,4] x [5,6]: the first's last size 4 must equal the second's second-to-last size 5",
                message(() -> Tensor.zeros(2, 3, 4).matmul(Tensor.zeros(5, 6))));
        assertEquals("matmul: [3] x [4]: the first's last size 3 must equal the second's size 4",
                message(() -> Tensor.zeros(3).matmul(Tensor.zeros(4))));
        assertEquals("matmul: [2,3,4] x [3,4,5]: the batch dimensions [2] and [3] do not broadcast",
                message(() -> Tensor.zeros(2, 3, 4).matmul(Tensor.zeros(3, 4, 5))));
        assertTrue(message(() -> Tensor.scalar(2).matmul(Tensor.zeros(2))).contains("both need 1 or more dimensions"));
    }

    @Test
    void sortAndTopkGiveValuesAndIndices() {
        Tensor x = Tensor.of(new double[] {3, 1, 2, 0, 5, 4}, 2, 3);
        ValuesAndIndices top = x.topk(2, 1);
        assertValues(new double[] {3, 2, 5, 4}, top.values());
        assertValues(new double[] {0, 2, 1, 2}, top.indices());
        assertValues(new double[] {1, 2, 3, 0, 4, 5}, x.sort().values());
        assertValues(new double[] {1, 2, 0, 2}, x.topk(2, 1, false).indices());
        assertValues(new double[] {1, 0}, x.argmin(1));
        assertTrue(message(() -> x.topk(4, 1)).contains("k = 4 is not in 0..3"));
    }

    @Test
    void splittingGivesPyTorchsPieces() {
        Tensor x = Tensor.arange(7);
        assertEquals(List.of(3, 3, 1), x.split(3, 0).stream().map(t -> t.size(0)).toList());
        assertEquals(List.of(2, 2, 2, 1), x.chunk(4, 0).stream().map(t -> t.size(0)).toList());
        assertEquals(List.of(3, 3, 1), x.chunk(3, 0).stream().map(t -> t.size(0)).toList());
        assertValues(new double[] {1, 3, 5}, x.slice(0, 1, 7, 2));
        assertValues(new double[] {4, 5, 6, 0, 1, 2, 3}, x.roll(3, 0));
        assertEquals(2, Tensor.zeros(2, 5).unbind(0).size());
        assertTrue(message(() -> x.split(new int[] {3, 3}, 0)).contains("do not add up to dimension 0's size 7"));
        assertTrue(message(() -> x.slice(0, 0, 7, 0)).contains("step 0 must be 1 or more"));
        assertTrue(message(() -> x.chunk(0, 0)).contains("ask for 1 or more"));
    }

    @Test
    void wrongArgumentsNameTheProblem() {
        Tensor m = Tensor.zeros(2, 3);
        assertTrue(message(() -> m.scatter(1, Tensor.ofLongs(new long[] {0, 0}, 1, 2), Tensor.ones(1, 2)))
                .contains("writes a position more than once"));
        assertTrue(message(() -> m.scatterAdd(1, Tensor.of(new double[] {1}, 1, 1), Tensor.ones(1, 1)))
                .contains("the index must be int64, got float32; convert with .to(DType.INT64)"));
        assertTrue(message(() -> m.repeat(2)).contains("needs a count of 0 or more for each of the 2 dimensions"));
        assertTrue(message(() -> m.pad(1, 1, 1)).contains("should be pairs (before, after)"));
        assertTrue(message(() -> Tensor.einsum("ij,jk->ik", m, Tensor.zeros(4, 2))).contains("gives 'j' size 3 and, in operand 1, size 4"));
        assertTrue(message(() -> Tensor.einsum("ii->i", Tensor.zeros(2, 2))).contains("repeats 'i' in operand 0"));
        assertTrue(message(() -> Tensor.einsum("ij->ik", m)).contains("output letter 'k' that is in no operand"));
        assertTrue(message(() -> Tensor.einsum("...ij->ij", m)).contains("does not support"));
        assertTrue(message(() -> Tensor.einsum("ij,jk->ik", m)).contains("names 2 operands but 1 were given"));
        assertTrue(message(() -> m.norm(0)).contains("p must be positive"));
        assertTrue(message(() -> m.dot(m)).contains("dot: expects 1-D tensors"));
        assertTrue(message(() -> Tensor.zeros(2, 2, 2).diag()).contains("diag: expects a vector or a matrix"));
        assertTrue(message(() -> Tensor.zeros(3).tril()).contains("tril: expects 2 or more dimensions"));
        assertTrue(message(() -> m.layerNorm(3, 1e-5)).contains("cannot normalize over the last 3 dimensions"));
        assertTrue(message(() -> m.conv1d(Tensor.zeros(1, 2, 1), null, 1, 0)).contains("should be N x C x L"));
        assertTrue(message(() -> m.adaptiveAvgPool2d(1, 1)).contains("expects an N x C x H x W batch"));
    }

    @Test
    void einsumWithoutArrowSumsTheRepeatedLetters() {
        Tensor a = Tensor.of(new double[] {1, 2, 3, 4}, 2, 2);
        assertValues(new double[] {7, 10, 15, 22}, Tensor.einsum("ij,jk", a, a));
        assertValues(new double[] {1, 3, 2, 4}, Tensor.einsum("ba", a));
        assertEquals(30.0, Tensor.einsum("ij,ij->", a, a).item());
    }
}
