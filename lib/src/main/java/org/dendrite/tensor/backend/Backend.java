package org.dendrite.tensor.backend;

import java.util.List;
import org.dendrite.device.Device;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.Window2d;

/**
 * The numerical kernels under {@link org.dendrite.tensor.Tensor}: one implementation per kind
 * of device. Tensors record the autograd graph; a backend only computes, on its own
 * {@link Storage}.
 *
 * <p>Images are NCHW (batch, channel, height, width) and convolution weights OIHW (output
 * channel, input channel, height, width), as in PyTorch and the slides. Convolution and pooling
 * are four operations: {@link #conv2d}, {@link #conv2dBackward}, {@link #pool2d} and
 * {@link #pool2dBackward}; their windows never dilate.
 *
 * <p>Arithmetic, comparisons, reductions, products and convolutions receive float storage
 * only: {@link org.dendrite.tensor.Tensor} converts int64 and bool operands to {@link #computeType()} first and
 * casts the result back. Creation, reading, shape operations, gathers and {@link #cast} take
 * every {@link DType}.
 */
public interface Backend {

    /** Element-wise operations of two tensors, with NumPy broadcasting. */
    enum Binary { ADD, SUB, MUL, DIV, POW, MAX, MIN, GT, LT, GE, LE, EQ }

    /**
     * Element-wise operations of one tensor; {@code param} is the slope or alpha where one is used.
     * ROUND rounds half to even, as PyTorch's {@code round}.
     */
    enum Unary { NEG, EXP, LOG, SQRT, ABS, SIGN, SIGMOID, TANH, RELU, LEAKY_RELU, ELU, STEP,
        SIN, COS, LOG1P, EXPM1, ERF, FLOOR, CEIL, ROUND }

    /** Reductions along dimensions. */
    enum Reduction { SUM, MEAN, MAX, MIN, ARGMAX, ARGMIN }

    /** Pooling kinds: the largest value of each window, or the mean (padding counted as zeros). */
    enum Pool { MAX, AVG }

    /** A name for messages, such as {@code cpu} or {@code cuda:0}. */
    String name();

    /** The device whose memory holds this backend's storage. */
    Device device();

    /** The float type that int64 and bool operands are computed in: exact for whole numbers up to 2^53 in float64, 2^24 in float32. */
    DType computeType();

    /** A tensor of {@code shape} holding {@code values} in row-major order. */
    Storage fromDoubles(double[] values, long[] shape, DType dtype);

    /** A float32 tensor of {@code shape} holding {@code values} in row-major order. */
    Storage fromFloats(float[] values, long[] shape);

    /** The values in row-major order. */
    double[] toDoubles(Storage x);

    /** The values in row-major order, as floats. */
    float[] toFloats(Storage x);

    /** A tensor of {@code shape} filled with {@code value}. */
    Storage full(long[] shape, double value, DType dtype);

    /** {@code op(a, b)} element by element; both are broadcast to {@code shape}. */
    Storage binary(Binary op, Storage a, Storage b, long[] shape);

    /** {@code op(a, scalar)} element by element. */
    Storage binaryScalar(Binary op, Storage a, double scalar);

    /** {@code op(x)} element by element. */
    Storage unary(Unary op, Storage x, double param);

    /** {@code mask != 0 ? a : b}, all three broadcast to {@code shape}. */
    Storage where(Storage mask, Storage a, Storage b, long[] shape);

    /**
     * Matrix product of 2-D tensors, or batched over the leading dimensions; {@code transposeA}
     * and {@code transposeB} swap a factor's last two dimensions first, without copying it (the
     * gradients of {@code A B} are {@code dC Bᵀ} and {@code Aᵀ dC}).
     */
    Storage matmul(Storage a, Storage b, boolean transposeA, boolean transposeB);

    /**
     * The singular value decomposition of an M x N matrix, {@code x = U · diag(S) · Vᵀ}: U (M x M),
     * S (the min(M, N) singular values, largest first) and Vᵀ (N x N), in {@code x}'s dtype.
     */
    Storage[] svd(Storage x);

    /**
     * Cross-correlation (the slides' "convolution") of {@code input} N×C×H×W with {@code weight}
     * O×C×K_H×K_W, plus {@code bias} (length O, or null) per output channel: N×O×H'×W'.
     */
    Storage conv2d(Storage input, Storage weight, Storage bias, Window2d window);

    /**
     * The gradients of {@link #conv2d}'s loss with respect to its input and its weight, in that
     * order, given the output's gradient {@code gradOutput} (the bias gradient is its sum over
     * N, H', W', which callers compute themselves).
     */
    Storage[] conv2dBackward(Storage input, Storage weight, Storage gradOutput, Window2d window);

    /** Pools each K_H×K_W window of each channel of {@code input} N×C×H×W: N×C×H'×W'. */
    Storage pool2d(Pool kind, Storage input, Window2d window);

    /** The gradient of {@link #pool2d}'s loss with respect to {@code input}, given the output's gradient. */
    Storage pool2dBackward(Pool kind, Storage input, Storage gradOutput, Window2d window);

    /** Reduces along {@code dims}, keeping them as size 1 when {@code keepDim}. */
    Storage reduce(Reduction op, Storage x, int[] dims, boolean keepDim);

    /** Unbiased or biased variance along {@code dims}. */
    Storage variance(Storage x, int[] dims, boolean keepDim, boolean unbiased);

    /** The same elements in a new shape (a copy where a view is not possible). */
    Storage reshape(Storage x, long[] shape);

    /** The dimensions reordered: result dimension i is input dimension {@code order[i]}. */
    Storage permute(Storage x, int[] order);

    /** Repeats size-1 (and missing leading) dimensions up to {@code shape}. */
    Storage broadcastTo(Storage x, long[] shape);

    /** Elements {@code start <= i < end} along {@code dim}. */
    Storage slice(Storage x, int dim, long start, long end);

    /** The entries at {@code indices} along {@code dim}. */
    Storage indexSelect(Storage x, int dim, long[] indices);

    /** Tensors joined along an existing dimension. */
    Storage concat(List<Storage> parts, int dim);

    /** {@code out[i][j] = x[i][index[i][j]]} along {@code dim} (PyTorch's gather). */
    Storage gather(Storage x, int dim, long[] index, long[] indexShape);

    /** A zero tensor of {@code shape} with {@code values} added at the gather positions. */
    Storage scatterAdd(long[] shape, int dim, long[] index, long[] indexShape, Storage values);

    /** Overwrites {@code target}'s values with {@code source}'s (same shape and type). */
    void assign(Storage target, Storage source);

    /** The same values in another element type. */
    Storage cast(Storage x, DType dtype);

    /** Whether any element is NaN or infinite. */
    boolean hasNonFinite(Storage x);
}
