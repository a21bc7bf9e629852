package org.dendrite.tensor;

import java.util.Arrays;
import org.dendrite.tensor.backend.Backend;
import org.dendrite.tensor.backend.Shapes;
import org.dendrite.tensor.backend.Storage;

/**
 * Matrix products and their gradients: for {@code C = A B}, dA = dC Bᵀ and dB = Aᵀ dC, where
 * the backend reads the transposes in place rather than copying them. {@link #matmul} follows
 * PyTorch's rules for 1-D operands and broadcast batch dimensions.
 */
final class LinearAlgebra {

    private LinearAlgebra() {
    }

    /**
     * PyTorch's {@code matmul}: two vectors give their dot product; a vector first is a row
     * [1, k] and a vector second a column [k, 1], that dimension removed afterwards; otherwise
     * the last two dimensions multiply and the leading (batch) dimensions broadcast.
     */
    static Tensor matmul(Tensor a, Tensor b) {
        Pointwise.checkCompatible("matmul", a, b);
        long[] sa = a.storage().shape();
        long[] sb = b.storage().shape();
        if (sa.length == 0 || sb.length == 0) {
            throw new IllegalArgumentException("matmul: " + Shapes.format(sa) + " x " + Shapes.format(sb)
                    + ": both need 1 or more dimensions (use mul for a scalar)");
        }
        long inner = sa[sa.length - 1];
        long other = sb[Math.max(0, sb.length - 2)];
        if (inner != other) {
            throw new IllegalArgumentException("matmul: " + Shapes.format(sa) + " x " + Shapes.format(sb)
                    + ": the first's last size " + inner + " must equal the second's "
                    + (sb.length == 1 ? "size " : "second-to-last size ") + other);
        }
        if (sa.length == 1 && sb.length == 1) {
            return a.mul(b).sum();
        }
        if (sa.length == 1) {
            return matmul(a.unsqueeze(0), b).squeeze(-2);
        }
        if (sb.length == 1) {
            return matmul(a, b.unsqueeze(1)).squeeze(-1);
        }
        if (sb.length == 2 && sa.length > 2) {
            int[] out = a.shape();
            out[out.length - 1] = b.size(1);
            return product(a.reshape(-1, (int) inner), b).reshape(out);
        }
        long[] batch = batchShape(sa, sb);
        return product(expandBatch(a, batch), expandBatch(b, batch));
    }

    /** The broadcast of both operands' leading dimensions, or an error naming them. */
    private static long[] batchShape(long[] sa, long[] sb) {
        long[] ba = Arrays.copyOf(sa, sa.length - 2);
        long[] bb = Arrays.copyOf(sb, sb.length - 2);
        try {
            return Shapes.broadcast("matmul", ba, bb);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("matmul: " + Shapes.format(sa) + " x " + Shapes.format(sb)
                    + ": the batch dimensions " + Shapes.format(ba) + " and " + Shapes.format(bb) + " do not broadcast");
        }
    }

    private static Tensor expandBatch(Tensor x, long[] batch) {
        int[] shape = new int[batch.length + 2];
        for (int d = 0; d < batch.length; d++) {
            shape[d] = Math.toIntExact(batch[d]);
        }
        shape[batch.length] = x.size(-2);
        shape[batch.length + 1] = x.size(-1);
        return Arrays.equals(shape, x.shape()) ? x : x.expand(shape);
    }

    /** The product of operands with equal batch dimensions (or two matrices), recorded for backward. */
    private static Tensor product(Tensor a, Tensor b) {
        Backend backend = a.backend();
        Storage out = backend.matmul(a.storage(), b.storage(), false, false);
        return Tensor.record("matmul", a, out, g -> new Tensor[] {
            a.requiresGrad() ? new Tensor(backend.matmul(g.storage(), b.storage(), false, true), backend, null) : null,
            b.requiresGrad() ? new Tensor(backend.matmul(a.storage(), g.storage(), true, false), backend, null) : null}, a, b);
    }

    /**
     * PyTorch's {@code F.linear}: {@code x Wᵀ + b} for a weight stored outputs × inputs. The
     * backend reads Wᵀ in place; the gradients are dx = dy W and dW = dyᵀ x.
     */
    static Tensor linear(Tensor x, Tensor weight, Tensor bias) {
        Pointwise.checkCompatible("linear", x, weight);
        if (x.dim() != 2 || weight.dim() != 2 || x.size(1) != weight.size(1)) {
            throw new IllegalArgumentException("linear: input " + Shapes.format(x.storage().shape()) + " and weight "
                    + Shapes.format(weight.storage().shape()) + " do not fit: the weight is [outputs, inputs], the input [N, inputs]");
        }
        Backend backend = x.backend();
        Storage out = backend.matmul(x.storage(), weight.storage(), false, true);
        Tensor product = Tensor.record("linear", x, out, g -> new Tensor[] {
            x.requiresGrad() ? new Tensor(backend.matmul(g.storage(), weight.storage(), false, false), backend, null) : null,
            weight.requiresGrad() ? new Tensor(backend.matmul(g.storage(), x.storage(), true, false), backend, null) : null}, x, weight);
        return bias == null ? product : product.add(bias);
    }

    /** The outer product of two vectors: {@code out[i][j] = a[i]·b[j]}. */
    static Tensor outer(Tensor a, Tensor b) {
        requireVector("outer", a);
        requireVector("outer", b);
        return a.unsqueeze(1).mul(b.unsqueeze(0));
    }

    /** The dot product of two vectors of equal length. */
    static Tensor dot(Tensor a, Tensor b) {
        requireVector("dot", a);
        requireVector("dot", b);
        if (a.size(0) != b.size(0)) {
            throw new IllegalArgumentException("dot: vectors of lengths " + a.size(0) + " and " + b.size(0) + " differ");
        }
        return a.mul(b).sum();
    }

    /** A vector on the diagonal of a square matrix, or the diagonal of a matrix as a vector. */
    static Tensor diag(Tensor x) {
        if (x.dim() == 1) {
            return eyeLike(x.size(0), x.size(0), x).mul(x);
        }
        if (x.dim() != 2) {
            throw new IllegalArgumentException("diag: expects a vector or a matrix, got shape " + Shapes.format(x.storage().shape()));
        }
        int n = Math.min(x.size(0), x.size(1));
        return x.mul(eyeLike(x.size(0), x.size(1), x)).sum(1).slice(0, 0, n);
    }

    /**
     * The lower ({@code lower}) or upper triangle of the last two dimensions, from diagonal
     * {@code k} on (0 the main diagonal, positive above it); the rest set to 0.
     */
    static Tensor triangle(String op, Tensor x, int k, boolean lower) {
        if (x.dim() < 2) {
            throw new IllegalArgumentException(op + ": expects 2 or more dimensions, got shape " + Shapes.format(x.storage().shape()));
        }
        int rows = x.size(-2);
        int columns = x.size(-1);
        double[] mask = new double[rows * columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                mask[i * columns + j] = (lower ? j - i <= k : j - i >= k) ? 1 : 0;
            }
        }
        return x.mul(like(mask, x, rows, columns));
    }

    private static Tensor eyeLike(int rows, int columns, Tensor like) {
        double[] values = new double[rows * columns];
        for (int i = 0; i < Math.min(rows, columns); i++) {
            values[i * columns + i] = 1;
        }
        return like(values, like, rows, columns);
    }

    /** A constant of {@code values} with {@code like}'s type and device. */
    static Tensor like(double[] values, Tensor like, int... shape) {
        return Tensor.leaf(like.backend().fromDoubles(values, Arrays.stream(shape).asLongStream().toArray(), like.dtype()), like.backend());
    }

    private static void requireVector(String op, Tensor x) {
        if (x.dim() != 1) {
            throw new IllegalArgumentException(op + ": expects 1-D tensors, got shape " + Shapes.format(x.storage().shape()));
        }
    }
}
