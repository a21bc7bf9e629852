package org.dendrite.tensor.cpu;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.dendrite.tensor.DType;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dgemm;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;


/**
 * Matrix products of {@link HeapStorage}, one call of the OpenBLAS that ND4J bundles per matrix
 * (cblas_sgemm, cblas_dgemm). The operands are copied into native scratch buffers kept per
 * thread and the product copied back: for a 64x1000 by 1000x100 product that is 8 µs of copying
 * around 80 µs of GEMM, where going through ND4J's arrays costs about 20 µs per array allocated.
 */
final class BlasMatmul {

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private BlasMatmul() {
    }

    /**
     * {@code a b} for two matrices or a batch of them with equal leading dimensions; {@code
     * transposeA} and {@code transposeB} read a factor's last two dimensions swapped.
     */
    static HeapStorage matmul(HeapStorage a, HeapStorage b, boolean transposeA, boolean transposeB) {
        long[] sa = a.shape();
        long[] sb = b.shape();
        int rank = sa.length;
        int m = (int) sa[rank - (transposeA ? 1 : 2)];
        int k = (int) sa[rank - (transposeA ? 2 : 1)];
        int n = (int) sb[rank - (transposeB ? 2 : 1)];
        long[] shape = sa.clone();
        shape[rank - 2] = m;
        shape[rank - 1] = n;
        HeapStorage out = HeapStorage.zeros(shape, a.dtype());
        int batch = m * n == 0 ? 0 : out.size() / (m * n);
        Scratch scratch = SCRATCH.get();
        for (int i = 0; i < batch && k > 0; i++) {
            if (a.dtype() == DType.FLOAT32) {
                FloatPointer pa = scratch.floats(0, m * k).put(a.floats(), i * m * k, m * k);
                FloatPointer pb = scratch.floats(1, k * n).put(b.floats(), i * k * n, k * n);
                FloatPointer pc = scratch.floats(2, m * n);
                cblas_sgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                        m, n, k, 1f, pa, transposeA ? m : k, pb, transposeB ? k : n, 0f, pc, n);
                pc.get(out.floats(), i * m * n, m * n);
            } else {
                DoublePointer pa = scratch.doubles(0, m * k).put(a.doubles(), i * m * k, m * k);
                DoublePointer pb = scratch.doubles(1, k * n).put(b.doubles(), i * k * n, k * n);
                DoublePointer pc = scratch.doubles(2, m * n);
                cblas_dgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                        m, n, k, 1.0, pa, transposeA ? m : k, pb, transposeB ? k : n, 0.0, pc, n);
                pc.get(out.doubles(), i * m * n, m * n);
            }
        }
        return out;
    }

    /** Three native buffers per element type (A, B, C), grown to the largest product seen. */
    private static final class Scratch {
        private final FloatPointer[] floats = new FloatPointer[3];
        private final DoublePointer[] doubles = new DoublePointer[3];

        FloatPointer floats(int slot, int length) {
            if (floats[slot] == null || floats[slot].capacity() < length) {
                if (floats[slot] != null) {
                    floats[slot].close();
                }
                floats[slot] = new FloatPointer(Math.max(length, 1024));
            }
            return floats[slot].position(0);
        }

        DoublePointer doubles(int slot, int length) {
            if (doubles[slot] == null || doubles[slot].capacity() < length) {
                if (doubles[slot] != null) {
                    doubles[slot].close();
                }
                doubles[slot] = new DoublePointer(Math.max(length, 1024));
            }
            return doubles[slot].position(0);
        }
    }
}
