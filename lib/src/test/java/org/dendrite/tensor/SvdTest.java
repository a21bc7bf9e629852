package org.dendrite.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SvdTest {

    @Test
    void singularValuesComeLargestFirstAndTheFactorsRebuildTheMatrix() {
        Tensor.manualSeed(4);
        Tensor a = Tensor.randn(4, 3).to(DType.FLOAT64);
        Svd svd = a.svd();
        assertArrayEquals(new int[] {4, 4}, svd.u().shape());
        assertArrayEquals(new int[] {3}, svd.s().shape());
        assertArrayEquals(new int[] {3, 3}, svd.vt().shape());
        double[] s = svd.s().toDoubleArray();
        assertTrue(s[0] >= s[1] && s[1] >= s[2] && s[2] >= 0, java.util.Arrays.toString(s));
        // A = U[:, :3] · diag(S) · Vᵀ
        Tensor rebuilt = svd.u().slice(1, 0, 3).mul(svd.s().reshape(1, 3)).matmul(svd.vt());
        assertArrayEquals(a.toDoubleArray(), rebuilt.toDoubleArray(), 1e-12);
    }

    @Test
    void aDiagonalMatrixHasItsAbsoluteEntriesAsSingularValues() {
        Svd svd = Tensor.of(DType.FLOAT64, new double[] {0, 0, 0, -2, 3, 0}, 3, 2).svd();
        assertArrayEquals(new double[] {3, 2}, svd.s().toDoubleArray(), 1e-12);
    }

    @Test
    void onlyMatricesAreDecomposed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(2, 2, 2).svd());
        assertTrue(e.getMessage().contains("svd: expected a matrix"), e.getMessage());
    }
}
