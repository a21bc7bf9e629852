package org.dendrite.tensor;

import java.util.Random;
import org.dendrite.tensor.cpu.CpuBackend;
import org.dendrite.tensor.cpu.HeapStorage;
import org.dendrite.tensor.cpu.Nd4jStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


/**
 * Tensors of exactly {@link CpuBackend#HEAP_LIMIT} elements compute on the Java heap and one
 * row more in ND4J; both give the values of plain Java arithmetic, in float32 and float64, and
 * a heap tensor and an ND4J tensor combine.
 */
class HeapThresholdTest {

    /** 512 x 512 is exactly the limit. */
    private static final int COLUMNS = 512;
    private static final int ROWS_ON_HEAP = (int) (CpuBackend.HEAP_LIMIT / COLUMNS);

    /** Gaussian values that float32 holds exactly, so that both types start from the same numbers. */
    private static double[] random(int n, long seed) {
        Random random = new Random(seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    private static double tolerance(DType dtype) {
        return dtype == DType.FLOAT32 ? 1e-4 : 1e-10;
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT32", "FLOAT64"})
    void broadcastArithmeticAndColumnSumsAgreeOnBothSides(DType dtype) {
        for (int rows : new int[] {ROWS_ON_HEAP, ROWS_ON_HEAP + 1}) {
            double[] x = random(rows * COLUMNS, rows);
            double[] bias = random(COLUMNS, 7);
            Tensor input = Tensor.of(x, rows, COLUMNS).to(dtype);
            Tensor result = input.add(Tensor.of(bias, COLUMNS).to(dtype)).mul(2).relu().sum(0, false);
            Class<?> expectedKind = rows == ROWS_ON_HEAP ? HeapStorage.class : Nd4jStorage.class;
            assertInstanceOf(expectedKind, input.storage(), "storage of " + rows + " rows");
            double[] expected = new double[COLUMNS];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < COLUMNS; c++) {
                    expected[c] += Math.max(2 * (x[r * COLUMNS + c] + bias[c]), 0);
                }
            }
            assertArrayEquals(expected, result.toDoubleArray(), tolerance(dtype) * rows, rows + " rows");
        }
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT32", "FLOAT64"})
    void matmulWithTransposesAgreesOnBothSides(DType dtype) {
        for (int inner : new int[] {4096, 4097}) {
            double[] a = random(64 * inner, inner);
            double[] b = random(inner * 32, inner + 1);
            Tensor left = Tensor.of(a, 64, inner).to(dtype);
            Tensor right = Tensor.of(b, 32, inner).to(dtype);
            double[] product = left.matmul(right.t()).toDoubleArray();
            double[] gradient = right.t().matmul(Tensor.ones(32, 64).to(dtype)).sum().toDoubleArray();
            double[] expected = new double[64 * 32];
            double total = 0;
            for (int i = 0; i < 64; i++) {
                for (int j = 0; j < 32; j++) {
                    for (int k = 0; k < inner; k++) {
                        expected[i * 32 + j] += a[i * inner + k] * b[j * inner + k];
                    }
                }
            }
            for (double v : b) {
                total += 64 * v;
            }
            assertArrayEquals(expected, product, tolerance(dtype) * 100, "inner size " + inner);
            assertEquals(total, gradient[0], Math.abs(total) * tolerance(dtype) * 10, "inner size " + inner);
        }
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT32", "FLOAT64"})
    void reshapingCopiesAgreeOnBothSides(DType dtype) {
        for (int rows : new int[] {ROWS_ON_HEAP, ROWS_ON_HEAP + 1}) {
            double[] x = random(rows * COLUMNS, rows);
            Tensor input = Tensor.of(x, rows, COLUMNS).to(dtype);
            Tensor transposed = input.t();
            Tensor joined = Tensor.concat(new Tensor[] {input.slice(0, 0, 2), input.slice(0, rows - 1, rows)}, 0);
            Tensor maxima = input.argmax(1);
            for (int probe : new int[] {0, 1, COLUMNS - 1, rows * COLUMNS - 1}) {
                int r = probe / COLUMNS;
                int c = probe % COLUMNS;
                assertEquals(x[probe], transposed.get(c, r), tolerance(dtype), rows + " rows, transposed");
            }
            assertEquals(x[COLUMNS + 3], joined.get(1, 3), tolerance(dtype));
            assertEquals(x[(rows - 1) * COLUMNS + 5], joined.get(2, 5), tolerance(dtype));
            int best = 0;
            for (int c = 1; c < COLUMNS; c++) {
                best = x[c] > x[best] ? c : best;
            }
            assertEquals(best, maxima.get(0), rows + " rows, argmax");
        }
    }

    @Test
    void heapTensorCombinesWithNd4jTensor() {
        Tensor big = Tensor.ones(ROWS_ON_HEAP + 1, COLUMNS);
        Tensor small = Tensor.arange(COLUMNS);
        assertInstanceOf(HeapStorage.class, small.storage());
        Tensor sum = big.add(small);
        assertInstanceOf(Nd4jStorage.class, sum.storage());
        assertEquals(COLUMNS, sum.get(ROWS_ON_HEAP, COLUMNS - 1));
        Tensor row = sum.slice(0, 0, 1);
        assertEquals(3.0, row.add(small).get(0, 1));
    }

    @Test
    void closedHeapTensorSaysItWasFreed() {
        Tensor x = Tensor.ones(3);
        x.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> x.add(1));
        assertTrue(e.getMessage().contains("freed"), e.getMessage());
    }
}
