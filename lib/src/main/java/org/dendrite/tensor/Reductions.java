package org.dendrite.tensor;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.dendrite.tensor.backend.Backend.Reduction;
import org.dendrite.tensor.backend.Backend;
import org.dendrite.tensor.backend.Shapes;
import org.dendrite.tensor.backend.Storage;

/**
 * Reductions along dimensions and the softmax family. A reduced gradient is spread back over
 * the reduced dimensions; softmax, logsumexp and variance are written with differentiable
 * operations, so their gradients follow from those. As in PyTorch, sums of int64 and bool give
 * int64, max and min keep the type, arg-indices are int64, and means, variances and the
 * softmax family need floats.
 */
final class Reductions {

    private Reductions() {
    }

    static int[] allDims(Tensor x) {
        return IntStream.range(0, x.dim()).toArray();
    }

    static Tensor sum(Tensor x, int[] dims, boolean keepDim) {
        if (!x.dtype().isFloatingPoint()) {
            return sum(x.to(x.backend().computeType()), dims, keepDim).to(DType.INT64);
        }
        int[] d = normalize("sum", dims, x.dim());
        if (d.length == 0) {
            return x;
        }
        Storage out = x.backend().reduce(Reduction.SUM, x.storage(), d, keepDim);
        return Tensor.record("sum", x, out, g -> new Tensor[] {spread(g, x, d)}, x);
    }

    static Tensor mean(Tensor x, int[] dims, boolean keepDim) {
        requireFloat("mean", x);
        int[] d = normalize("mean", dims, x.dim());
        if (d.length == 0) {
            return x;
        }
        long count = Arrays.stream(d).mapToLong(i -> x.storage().shape()[i]).reduce(1, (p, q) -> p * q);
        Storage out = x.backend().reduce(Reduction.MEAN, x.storage(), d, keepDim);
        return Tensor.record("mean", x, out, g -> new Tensor[] {spread(g, x, d).div(count)}, x);
    }

    /** Max or min; the gradient goes to the extreme elements, shared equally between ties. */
    static Tensor extreme(Tensor x, Reduction kind, int[] dims, boolean keepDim) {
        String op = kind.name().toLowerCase();
        if (!x.dtype().isFloatingPoint()) {
            return extreme(x.to(x.backend().computeType()), kind, dims, keepDim).to(x.dtype());
        }
        int[] d = normalize(op, dims, x.dim());
        if (d.length == 0) {
            return x;
        }
        Storage out = x.backend().reduce(kind, x.storage(), d, keepDim);
        Tensor[] result = new Tensor[1];
        result[0] = Tensor.record(op, x, out, g -> {
            Tensor hits = Pointwise.indicator(Backend.Binary.EQ, x, spread(result[0], x, d));
            Tensor share = hits.div(spread(hits.sum(d, true), x, d));
            return new Tensor[] {spread(g, x, d).mul(share)};
        }, x);
        return result[0];
    }

    /**
     * PyTorch's {@code x.max(dim)}: the values are the input at the extreme's index (taken
     * with {@code gather}), so the gradient goes to that one element, as PyTorch's does.
     */
    static ValuesAndIndices extremeWithIndex(Tensor x, Reduction kind, int dim, boolean keepDim) {
        int d = Shapes.dim(kind.name().toLowerCase(), dim, x.dim());
        Tensor indices = (kind == Reduction.MAX ? argmax(x, d) : argmin(x, d)).unsqueeze(d);
        Tensor values = x.gather(d, indices);
        return keepDim ? new ValuesAndIndices(values, indices) : new ValuesAndIndices(values.squeeze(d), indices.squeeze(d));
    }

    static Tensor argmax(Tensor x, int dim) {
        return argExtreme("argmax", Reduction.ARGMAX, x, dim);
    }

    static Tensor argmin(Tensor x, int dim) {
        return argExtreme("argmin", Reduction.ARGMIN, x, dim);
    }

    /** The int64 position of the extreme along {@code dim}; the backend finds it in the float type. */
    private static Tensor argExtreme(String op, Reduction kind, Tensor x, int dim) {
        int d = Shapes.dim(op, dim, x.dim());
        Tensor values = x.dtype().isFloatingPoint() ? x : x.to(x.backend().computeType());
        Storage positions = x.backend().reduce(kind, values.storage(), new int[] {d}, false);
        Storage indices = x.backend().cast(positions, DType.INT64);
        positions.free();
        return new Tensor(indices, x.backend(), null);
    }

    /** Means, variances and the softmax family are defined for floats only, as in PyTorch. */
    static void requireFloat(String op, Tensor x) {
        if (!x.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException(op + ": the input is " + x.dtype() + ", but " + op
                    + " needs a floating point type; convert with .to(DType.FLOAT32) (PyTorch's .float())");
        }
    }

    /**
     * The product along {@code dim}: neighbouring halves multiplied until one slice is left
     * (log₂ n steps of {@code mul}), so zeros and negative values get their exact gradients.
     */
    static Tensor prod(Tensor x, int dim, boolean keepDim) {
        int d = Shapes.dim("prod", dim, x.dim());
        Tensor rest = x;
        while (rest.size(d) > 1) {
            int half = rest.size(d) / 2;
            Tensor paired = rest.slice(d, 0, half).mul(rest.slice(d, half, 2 * half));
            rest = rest.size(d) % 2 == 0 ? paired : Tensor.concat(List.of(paired, rest.slice(d, 2 * half, rest.size(d))), d);
        }
        if (rest.size(d) == 0) {
            int[] shape = x.shape();
            shape[d] = 1;
            double[] ones = new double[Math.toIntExact(Shapes.numel(Arrays.stream(shape).asLongStream().toArray()))];
            Arrays.fill(ones, 1);
            rest = LinearAlgebra.like(ones, x, shape);
        }
        return keepDim ? rest : rest.squeeze(d);
    }

    /** Running sums along {@code dim}: the values times an upper-triangular matrix of ones. */
    static Tensor cumsum(Tensor x, int dim) {
        int d = Shapes.dim("cumsum", dim, x.dim());
        int n = x.size(d);
        double[] upper = new double[n * n];
        for (int i = 0; i < n; i++) {
            Arrays.fill(upper, i * n + i, (i + 1) * n, 1);
        }
        return x.transpose(d, -1).matmul(LinearAlgebra.like(upper, x, n, n)).transpose(d, -1);
    }

    /** The p-norm {@code (Σ|x|^p)^(1/p)} over {@code dims}; p = ∞ is the largest |x|. */
    static Tensor norm(Tensor x, double p, int[] dims, boolean keepDim) {
        requireFloat("norm", x);
        if (!(p > 0)) {
            throw new IllegalArgumentException("norm: p must be positive (or Double.POSITIVE_INFINITY), got " + p);
        }
        if (p == Double.POSITIVE_INFINITY) {
            return extreme(x.abs(), Reduction.MAX, dims, keepDim);
        }
        if (p == 2) {
            return x.mul(x).sum(dims, keepDim).sqrt();
        }
        return p == 1 ? x.abs().sum(dims, keepDim) : x.abs().pow(p).sum(dims, keepDim).pow(1 / p);
    }

    static Tensor logsumexp(Tensor x, int dim, boolean keepDim) {
        requireFloat("logsumexp", x);
        Tensor shift = x.amax(dim, true).detach();
        Tensor out = x.sub(shift).exp().sum(dim, true).log().add(shift);
        return keepDim ? out : out.squeeze(dim);
    }

    static Tensor var(Tensor x, int dim, boolean keepDim, boolean unbiased) {
        requireFloat("var", x);
        int n = x.size(dim);
        if (unbiased && n < 2) {
            throw new IllegalArgumentException("var: an unbiased variance needs 2 or more values along dimension " + dim + ", got " + n);
        }
        Tensor centred = x.sub(x.mean(dim, true));
        return centred.mul(centred).sum(dim, keepDim).div(unbiased ? n - 1 : n);
    }

    static Tensor softmax(Tensor x, int dim) {
        requireFloat("softmax", x);
        Tensor e = x.sub(x.amax(dim, true).detach()).exp();
        return e.div(e.sum(dim, true));
    }

    static Tensor logSoftmax(Tensor x, int dim) {
        return x.sub(x.logsumexp(dim, true));
    }

    /** {@code g}, reduced over {@code dims} of {@code x}, repeated back to {@code x}'s shape. */
    private static Tensor spread(Tensor g, Tensor x, int[] dims) {
        long[] kept = x.storage().shape().clone();
        for (int d : dims) {
            kept[d] = 1;
        }
        Backend backend = g.backend();
        Storage reshaped = backend.reshape(g.storage(), kept);
        return new Tensor(backend.broadcastTo(reshaped, x.storage().shape()), backend, null);
    }

    private static int[] normalize(String op, int[] dims, int rank) {
        return Arrays.stream(dims).map(d -> Shapes.dim(op, d, rank)).distinct().sorted().toArray();
    }
}
