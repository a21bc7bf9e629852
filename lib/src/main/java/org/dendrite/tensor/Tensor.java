package org.dendrite.tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.dendrite.device.Device;
import org.dendrite.display.RichDisplay;
import org.dendrite.tensor.backend.Backend;
import org.dendrite.tensor.backend.Shapes;
import org.dendrite.tensor.backend.Storage;

/**
 * An n-dimensional array of numbers that remembers how it was computed, so that
 * {@link #backward()} can fill in the gradient of every tensor with {@code requiresGrad}.
 * Float32 by default, float64 on request, int64 for labels and indices, bool for masks
 * ({@link DType}); operations broadcast and promote types like PyTorch. New
 * tensors are made on {@link Device#current()} (the CPU unless a cell chose a GPU);
 * {@link #to(Device)} moves one, and operations run on the device of their inputs.
 *
 * <pre>{@code
 * Tensor w = Tensor.randn(3, 2).requiresGrad(true);
 * Tensor loss = x.matmul(w).relu().sum();
 * loss.backward();
 * w.grad();
 * }</pre>
 */
public final class Tensor implements RichDisplay, AutoCloseable {

    private static Random random = new Random();

    private Storage storage;
    private Backend backend;
    private final Node gradFn;
    private boolean requiresGrad;
    private boolean retainGrad;
    private Tensor grad;
    private List<Consumer<Tensor>> hooks;

    Tensor(Storage storage, Backend backend, Node gradFn) {
        this.storage = storage;
        this.backend = backend;
        this.gradFn = gradFn;
        this.requiresGrad = gradFn != null;
    }

    // ---- creation -------------------------------------------------------------------------

    /** Seeds the generator of {@link #rand} and {@link #randn}, as {@code torch.manual_seed}. */
    public static void manualSeed(long seed) {
        random = new Random(seed);
    }

    /** A float32 tensor of zeros. */
    public static Tensor zeros(int... shape) {
        return full(shape, 0);
    }

    /** A float32 tensor of ones. */
    public static Tensor ones(int... shape) {
        return full(shape, 1);
    }

    /** A float32 tensor of {@code shape} filled with {@code value}, as {@code torch.full(shape, value)}: {@code Tensor.full(new int[] {2, 3}, 7)}. */
    public static Tensor full(int[] shape, double value) {
        Backend backend = Backends.current();
        return leaf(backend.full(toLong(shape), value, DType.FLOAT32), backend);
    }

    /** The n-by-n identity matrix. */
    public static Tensor eye(int n) {
        double[] values = new double[n * n];
        for (int i = 0; i < n; i++) {
            values[i * n + i] = 1;
        }
        return of(values, n, n);
    }

    /** {@code 0, 1, ..., end - 1}. */
    public static Tensor arange(double end) {
        return arange(0, end, 1);
    }

    /** {@code start, start + step, ...} below {@code end}. */
    public static Tensor arange(double start, double end, double step) {
        if (step == 0 || (end - start) / step < 0) {
            throw new IllegalArgumentException("arange: step " + step + " does not lead from " + start + " to " + end);
        }
        int n = (int) Math.ceil((end - start) / step);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = start + i * step;
        }
        return of(values);
    }

    /** {@code steps} evenly spaced values from {@code start} to {@code end}, both included. */
    public static Tensor linspace(double start, double end, int steps) {
        double[] values = new double[steps];
        for (int i = 0; i < steps; i++) {
            values[i] = steps == 1 ? start : start + (end - start) * i / (steps - 1);
        }
        return of(values);
    }

    /** Uniform random values in [0, 1), from the generator seeded by {@link #manualSeed}. */
    public static Tensor rand(int... shape) {
        double[] values = new double[Math.toIntExact(Shapes.numel(toLong(shape)))];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble();
        }
        return of(values, shape);
    }

    /** Standard normal random values, from the generator seeded by {@link #manualSeed}. */
    public static Tensor randn(int... shape) {
        double[] values = new double[Math.toIntExact(Shapes.numel(toLong(shape)))];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian();
        }
        return of(values, shape);
    }

    /** Zeros of {@code like}'s shape, type and device (PyTorch's {@code zeros_like}). */
    public static Tensor zerosLike(Tensor like) {
        return fullLike(like, 0);
    }

    /** Ones of {@code like}'s shape, type and device. */
    public static Tensor onesLike(Tensor like) {
        return fullLike(like, 1);
    }

    /** {@code value} everywhere, in {@code like}'s shape, type and device. */
    public static Tensor fullLike(Tensor like, double value) {
        return leaf(like.backend.full(like.storage().shape(), value, like.dtype()), like.backend);
    }

    /** Standard normal values in {@code like}'s shape, type and device, from the generator seeded by {@link #manualSeed}. */
    public static Tensor randnLike(Tensor like) {
        Reductions.requireFloat("randnLike", like);
        double[] values = new double[Math.toIntExact(like.numel())];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian();
        }
        return leaf(like.backend.fromDoubles(values, like.storage().shape(), like.dtype()), like.backend);
    }

    /** Whole numbers drawn uniformly from {@code low <= v < high}, as int64 (PyTorch's {@code randint}). */
    public static Tensor randint(int low, int high, int... shape) {
        if (high <= low) {
            throw new IllegalArgumentException("randint: high " + high + " must be above low " + low);
        }
        double[] values = new double[Math.toIntExact(Shapes.numel(toLong(shape)))];
        for (int i = 0; i < values.length; i++) {
            values[i] = low + random.nextInt(high - low);
        }
        return of(DType.INT64, values, shape);
    }

    /** {@code 0, ..., n - 1} in a random order, as int64 (PyTorch's {@code randperm}). */
    public static Tensor randperm(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("randperm: n = " + n + " must be 0 or more");
        }
        List<Double> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add((double) i);
        }
        java.util.Collections.shuffle(order, random);
        return of(DType.INT64, order.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** A float32 tensor of {@code shape} (1-D when no shape is given) holding {@code values}. */
    public static Tensor of(double[] values, int... shape) {
        return of(DType.FLOAT32, values, shape);
    }

    /**
     * A tensor of element type {@code type} and {@code shape} (1-D when no shape is given):
     * {@code Tensor.of(DType.FLOAT64, new double[] {0.1})} holds 0.1 to all 53 bits, where
     * {@code Tensor.of(0.1).to(DType.FLOAT64)} first rounds it to float32.
     */
    public static Tensor of(DType type, double[] values, int... shape) {
        long[] dims = shape.length == 0 ? new long[] {values.length} : toLong(shape);
        if (Shapes.numel(dims) != values.length) {
            throw new IllegalArgumentException("of: " + values.length + " values do not fill shape " + Shapes.format(dims));
        }
        Backend backend = Backends.current();
        return leaf(backend.fromDoubles(values, dims, type), backend);
    }

    /**
     * An int64 tensor of {@code shape} (1-D when no shape is given), as {@code torch.tensor([2, 0, 1])}:
     * class labels and indices. Values beyond ±2^53 are refused (they are held exactly up to there).
     */
    public static Tensor ofLongs(long[] values, int... shape) {
        double[] whole = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (Math.abs(values[i]) > 1L << 53) {
                throw new IllegalArgumentException("ofLongs: value " + values[i] + " at " + i + " is beyond ±2^53");
            }
            whole[i] = values[i];
        }
        return of(DType.INT64, whole, shape);
    }

    /** A 1-D int64 tensor: {@code Tensor.ofLongs(2, 0, 1)}. */
    public static Tensor ofLongs(long... values) {
        return ofLongs(values, new int[0]);
    }

    /** A 1-D float32 tensor. */
    public static Tensor of(double... values) {
        return of(values, new int[0]);
    }

    /** A 2-D float32 tensor from rows of equal length. */
    public static Tensor of(double[][] rows) {
        int columns = rows.length == 0 ? 0 : rows[0].length;
        double[] values = new double[rows.length * columns];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != columns) {
                throw new IllegalArgumentException("of: row " + r + " has " + rows[r].length + " values, row 0 has " + columns);
            }
            System.arraycopy(rows[r], 0, values, r * columns, columns);
        }
        return of(values, rows.length, columns);
    }

    /** A float32 tensor of {@code shape} (1-D when no shape is given) holding float {@code values}. */
    public static Tensor of(float[] values, int... shape) {
        long[] dims = shape.length == 0 ? new long[] {values.length} : toLong(shape);
        if (Shapes.numel(dims) != values.length) {
            throw new IllegalArgumentException("of: " + values.length + " values do not fill shape " + Shapes.format(dims));
        }
        Backend backend = Backends.current();
        return leaf(backend.fromFloats(values, dims), backend);
    }

    /** A 0-dimensional tensor. */
    public static Tensor scalar(double value) {
        Backend backend = Backends.current();
        return leaf(backend.fromDoubles(new double[] {value}, new long[0], DType.FLOAT32), backend);
    }

    /** One int64 row per int64 label with a 1 in the label's column, as PyTorch's {@code one_hot}: {@code oneHot([2, 0], 3)}. */
    public static Tensor oneHot(Tensor labels, int classes) {
        Indexing.requireInt64("oneHot", "labels", labels);
        double[] ids = labels.toDoubleArray();
        double[] values = new double[ids.length * classes];
        for (int i = 0; i < ids.length; i++) {
            int label = (int) ids[i];
            if (label < 0 || label >= classes || label != ids[i]) {
                throw new IllegalArgumentException("oneHot: label " + ids[i] + " at " + i + " is not in 0.." + (classes - 1));
            }
            values[i * classes + label] = 1;
        }
        Backend backend = labels.backend();
        return leaf(backend.fromDoubles(values, new long[] {ids.length, classes}, DType.INT64), backend);
    }

    static Tensor leaf(Storage storage, Backend backend) {
        return new Tensor(storage, backend, null);
    }

    /** A 0-dimensional tensor holding {@code value}, with the type and device of {@code like}. */
    static Tensor constant(double value, Tensor like) {
        return leaf(like.backend.full(new long[0], value, like.dtype()), like.backend);
    }

    // ---- reading --------------------------------------------------------------------------

    /** The size of each dimension. */
    public int[] shape() {
        return Arrays.stream(storage().shape()).mapToInt(Math::toIntExact).toArray();
    }

    /** The size of dimension {@code dim} (negative counts from the end). */
    public int size(int dim) {
        int[] shape = shape();
        return shape[Shapes.dim("size", dim, shape.length)];
    }

    /** The number of dimensions. */
    public int dim() {
        return storage().shape().length;
    }

    /** The number of elements. */
    public long numel() {
        return Shapes.numel(storage().shape());
    }

    /** The element type. */
    public DType dtype() {
        return storage().dtype();
    }

    /** The value of a one-element tensor. */
    public double item() {
        if (numel() != 1) {
            throw new IllegalStateException("item: the tensor has " + numel() + " elements, shape "
                    + Shapes.format(storage().shape()) + "; item() needs exactly one");
        }
        return toDoubleArray()[0];
    }

    /** The element at {@code index} (one index per dimension). */
    public double get(int... index) {
        int[] shape = shape();
        if (index.length != shape.length) {
            throw new IllegalArgumentException("get: " + index.length + " indices for a tensor of rank " + shape.length);
        }
        long offset = 0;
        for (int d = 0; d < shape.length; d++) {
            if (index[d] < 0 || index[d] >= shape[d]) {
                throw new IndexOutOfBoundsException("get: index " + index[d] + " is out of range for dimension " + d + " of size " + shape[d]);
            }
            offset = offset * shape[d] + index[d];
        }
        return toDoubleArray()[Math.toIntExact(offset)];
    }

    /** The values in row-major order. */
    public double[] toDoubleArray() {
        return backend.toDoubles(storage());
    }

    /** The values in row-major order, as floats. */
    public float[] toFloatArray() {
        return backend.toFloats(storage());
    }

    /** The values in row-major order as whole numbers (truncated toward zero, as {@code .long()}): labels and indices. */
    public long[] toLongArray() {
        return Arrays.stream(toDoubleArray()).mapToLong(v -> (long) v).toArray();
    }

    /** Where this tensor's values live and its operations run. */
    public Device device() {
        return backend.device();
    }

    // ---- autograd -------------------------------------------------------------------------

    /** Marks a leaf tensor as a parameter whose gradient {@link #backward()} should compute. */
    public Tensor requiresGrad(boolean required) {
        if (required && !dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("requiresGrad: only floating point tensors can require gradients, this one is "
                    + dtype() + "; convert it with .to(DType.FLOAT32) first");
        }
        if (gradFn != null && !required) {
            throw new IllegalStateException("requiresGrad(false) on a computed tensor: use detach() instead");
        }
        this.requiresGrad = required;
        return this;
    }

    /** Whether gradients flow to this tensor. */
    public boolean requiresGrad() {
        return requiresGrad;
    }

    /** The gradient of the last {@link #backward()} call (summed over calls), or null. */
    public Tensor grad() {
        return grad;
    }

    /** Forgets the accumulated gradient. */
    public void zeroGrad() {
        grad = null;
    }

    /** Keeps this intermediate tensor's gradient in {@link #grad()}, as leaves keep theirs. */
    public Tensor retainGrad() {
        retainGrad = true;
        return this;
    }

    /** Calls {@code hook} with this tensor's gradient whenever backward computes it. */
    public Tensor registerHook(Consumer<Tensor> hook) {
        if (hooks == null) {
            hooks = new ArrayList<>();
        }
        hooks.add(hook);
        return this;
    }

    /** The same values, cut from the graph: no gradient flows through the result. */
    public Tensor detach() {
        return new Tensor(storage(), backend, null);
    }

    /** The operation that computed this tensor, such as {@code mul}; null for a leaf. */
    public String gradFnName() {
        return gradFn == null ? null : gradFn.op();
    }

    /** Backpropagates from this one-element tensor (a loss): d loss / d loss = 1. */
    public void backward() {
        if (numel() != 1) {
            throw new IllegalStateException("backward() without a gradient needs a one-element tensor (a loss), but this has shape "
                    + Shapes.format(storage().shape()) + "; call backward(upstream) with a gradient of that shape, or reduce first (sum, mean)");
        }
        backward(Tensor.leaf(backend.full(storage().shape(), 1, dtype()), backend));
    }

    /** Backpropagates {@code upstream}, the gradient of some loss with respect to this tensor. */
    public void backward(Tensor upstream) {
        if (!requiresGrad) {
            throw new IllegalStateException("backward: this tensor does not require grad; call requiresGrad(true) on the "
                    + "parameters before computing it, outside any noGrad() scope");
        }
        if (!Arrays.equals(upstream.storage().shape(), storage().shape())) {
            throw new IllegalArgumentException("backward: upstream gradient shape " + Shapes.format(upstream.storage().shape())
                    + " differs from the tensor's " + Shapes.format(storage().shape()));
        }
        Autograd.backward(this, upstream);
    }

    void receiveGradient(Tensor g) {
        if (hooks != null) {
            hooks.forEach(hook -> hook.accept(g));
        }
        if (gradFn == null || retainGrad) {
            grad = grad == null ? g : grad.add(g);
        }
    }

    Node gradFn() {
        return gradFn;
    }

    Storage storage() {
        return storage;
    }

    Backend backend() {
        return backend;
    }

    /**
     * The result of {@code op}: a tensor that remembers its inputs and backward rule when
     * gradients are on and an input needs them.
     */
    static Tensor record(String op, Tensor reference, Storage out, Node.Backward backward, Tensor... inputs) {
        return record(op, reference.backend, out, backward, inputs);
    }

    private static Tensor record(String op, Backend backend, Storage out, Node.Backward backward, Tensor... inputs) {
        boolean tracked = Autograd.isGradEnabled() && out.dtype().isFloatingPoint()
                && Arrays.stream(inputs).anyMatch(Tensor::requiresGrad);
        Tensor result = new Tensor(out, backend, tracked ? new Node(op, inputs, backward) : null);
        Autograd.checkFinite(op, result);
        return result;
    }

    /**
     * Overwrites this tensor's values with {@code source}'s, in place (PyTorch's {@code copy_}):
     * how an optimizer updates a parameter, inside {@link Autograd#noGrad()}.
     */
    public Tensor copyFrom(Tensor source) {
        if (gradFn != null) {
            throw new IllegalStateException("copyFrom: this tensor was computed by " + gradFn.op()
                    + "; only leaf tensors (parameters, data) can be overwritten");
        }
        if (requiresGrad && Autograd.isGradEnabled()) {
            throw new IllegalStateException("copyFrom: a parameter that requires grad can only be updated inside "
                    + "try (var off = Autograd.noGrad()) { ... }");
        }
        Pointwise.checkCompatible("copyFrom", this, source);
        if (!Arrays.equals(storage().shape(), source.storage().shape())) {
            throw new IllegalArgumentException("copyFrom: source shape " + Shapes.format(source.storage().shape())
                    + " differs from " + Shapes.format(storage().shape()));
        }
        backend.assign(storage(), source.storage());
        return this;
    }

    /** Frees the data now; the tensor cannot be used afterwards. */
    @Override
    public void close() {
        storage.free();
    }

    /** A copy that stays in the graph: gradients flow through it to this tensor (PyTorch's {@code clone}). */
    public Tensor clone() {
        if (!dtype().isFloatingPoint()) {
            return to(backend.computeType()).to(dtype());
        }
        return record("clone", this, backend.binaryScalar(Backend.Binary.MUL, storage(), 1), g -> new Tensor[] {g}, this);
    }

    // ---- element-wise ---------------------------------------------------------------------

    /** {@code this + other}, broadcast. */
    public Tensor add(Tensor other) {
        return Pointwise.binary("add", Backend.Binary.ADD, this, other);
    }

    /** {@code this - other}, broadcast. */
    public Tensor sub(Tensor other) {
        return Pointwise.binary("sub", Backend.Binary.SUB, this, other);
    }

    /** {@code this * other} element by element, broadcast. */
    public Tensor mul(Tensor other) {
        return Pointwise.binary("mul", Backend.Binary.MUL, this, other);
    }

    /** {@code this / other} element by element, broadcast. */
    public Tensor div(Tensor other) {
        return Pointwise.binary("div", Backend.Binary.DIV, this, other);
    }

    /** {@code this ^ exponent} element by element, broadcast. */
    public Tensor pow(Tensor exponent) {
        return Pointwise.binary("pow", Backend.Binary.POW, this, exponent);
    }

    /** The larger of the two at each position (PyTorch's {@code maximum}). */
    public Tensor maximum(Tensor other) {
        return Pointwise.binary("maximum", Backend.Binary.MAX, this, other);
    }

    /** The smaller of the two at each position (PyTorch's {@code minimum}). */
    public Tensor minimum(Tensor other) {
        return Pointwise.binary("minimum", Backend.Binary.MIN, this, other);
    }

    /** {@code this + value}. */
    public Tensor add(double value) {
        return Pointwise.scalar("add", Backend.Binary.ADD, this, value);
    }

    /** {@code this - value}. */
    public Tensor sub(double value) {
        return Pointwise.scalar("sub", Backend.Binary.SUB, this, value);
    }

    /** {@code this * value}. */
    public Tensor mul(double value) {
        return Pointwise.scalar("mul", Backend.Binary.MUL, this, value);
    }

    /** {@code this / value}. */
    public Tensor div(double value) {
        return Pointwise.scalar("div", Backend.Binary.DIV, this, value);
    }

    /** {@code this ^ exponent}. */
    public Tensor pow(double exponent) {
        return Pointwise.scalar("pow", Backend.Binary.POW, this, exponent);
    }

    /** {@code max(this, value)} at each position. */
    public Tensor maximum(double value) {
        return Pointwise.scalar("maximum", Backend.Binary.MAX, this, value);
    }

    /** {@code min(this, value)} at each position. */
    public Tensor minimum(double value) {
        return Pointwise.scalar("minimum", Backend.Binary.MIN, this, value);
    }

    /** {@code value - this}: {@code 1 - x} is {@code x.rsub(1)}, as PyTorch's {@code torch.rsub(x, 1)}. */
    public Tensor rsub(double value) {
        return Pointwise.scalarFirst("rsub", Backend.Binary.SUB, value, this);
    }

    /** {@code value / this}: {@code 2 / x} is {@code x.rdiv(2)}. */
    public Tensor rdiv(double value) {
        return Pointwise.scalarFirst("rdiv", Backend.Binary.DIV, value, this);
    }

    /** {@code value ^ this}: {@code 2^x} is {@code x.rpow(2)}. */
    public Tensor rpow(double value) {
        return Pointwise.scalarFirst("rpow", Backend.Binary.POW, value, this);
    }

    /** {@code this * this}. */
    public Tensor square() {
        return mul(this);
    }

    /** {@code 1 / this}. */
    public Tensor reciprocal() {
        return rdiv(1);
    }

    /** {@code 1 / sqrt(this)}. */
    public Tensor rsqrt() {
        return sqrt().reciprocal();
    }

    /** The sine (radians). */
    public Tensor sin() {
        return Pointwise.unary("sin", Backend.Unary.SIN, this, 0);
    }

    /** The cosine (radians). */
    public Tensor cos() {
        return Pointwise.unary("cos", Backend.Unary.COS, this, 0);
    }

    /** {@code log(1 + this)}, accurate for values near 0. */
    public Tensor log1p() {
        return Pointwise.unary("log1p", Backend.Unary.LOG1P, this, 0);
    }

    /** {@code e^this - 1}, accurate for values near 0. */
    public Tensor expm1() {
        return Pointwise.unary("expm1", Backend.Unary.EXPM1, this, 0);
    }

    /** The error function {@code 2/√π ∫₀ˣ e^{-t²} dt}, used by GELU. */
    public Tensor erf() {
        return Pointwise.unary("erf", Backend.Unary.ERF, this, 0);
    }

    /** -1, 0 or 1 by the sign of each value; its gradient is 0, as PyTorch's. */
    public Tensor sign() {
        return Pointwise.unary("sign", Backend.Unary.SIGN, this, 0);
    }

    /** The largest whole number at or below each value (gradient 0). */
    public Tensor floor() {
        return Pointwise.unary("floor", Backend.Unary.FLOOR, this, 0);
    }

    /** The smallest whole number at or above each value (gradient 0). */
    public Tensor ceil() {
        return Pointwise.unary("ceil", Backend.Unary.CEIL, this, 0);
    }

    /** The nearest whole number, halves to the even one as PyTorch's {@code round} (gradient 0). */
    public Tensor round() {
        return Pointwise.unary("round", Backend.Unary.ROUND, this, 0);
    }

    /** GELU {@code x·Φ(x) = x/2·(1 + erf(x/√2))}, the exact form (PyTorch's default). */
    public Tensor gelu() {
        return mul(div(Math.sqrt(2)).erf().add(1)).mul(0.5);
    }

    /** SiLU (swish) {@code x·sigmoid(x)}. */
    public Tensor silu() {
        return mul(sigmoid());
    }

    /** Softplus {@code log(1 + e^x)}, a smooth ReLU; linear above 20 as PyTorch's. */
    public Tensor softplus() {
        return softplus(1, 20);
    }

    /** Softplus {@code log(1 + e^{βx}) / β}, and x itself where {@code βx > threshold}. */
    public Tensor softplus(double beta, double threshold) {
        Tensor scaled = mul(beta);
        Tensor smooth = scaled.minimum(threshold).exp().log1p().div(beta);
        return where(scaled.gt(threshold), this, smooth);
    }

    /** {@code -this}. */
    public Tensor neg() {
        return Pointwise.unary("neg", Backend.Unary.NEG, this, 0);
    }

    /** {@code e^this}. */
    public Tensor exp() {
        return Pointwise.unary("exp", Backend.Unary.EXP, this, 0);
    }

    /** The natural logarithm. */
    public Tensor log() {
        return Pointwise.unary("log", Backend.Unary.LOG, this, 0);
    }

    /** The square root. */
    public Tensor sqrt() {
        return Pointwise.unary("sqrt", Backend.Unary.SQRT, this, 0);
    }

    /** The absolute value. */
    public Tensor abs() {
        return Pointwise.unary("abs", Backend.Unary.ABS, this, 0);
    }

    /** The logistic sigmoid {@code 1 / (1 + e^-x)}. */
    public Tensor sigmoid() {
        return Pointwise.unary("sigmoid", Backend.Unary.SIGMOID, this, 0);
    }

    /** The hyperbolic tangent. */
    public Tensor tanh() {
        return Pointwise.unary("tanh", Backend.Unary.TANH, this, 0);
    }

    /** {@code max(0, x)}. */
    public Tensor relu() {
        return Pointwise.unary("relu", Backend.Unary.RELU, this, 0);
    }

    /** {@code x > 0 ? x : slope * x}; the slides use slope 0.1. */
    public Tensor leakyRelu(double slope) {
        return Pointwise.unary("leakyRelu", Backend.Unary.LEAKY_RELU, this, slope);
    }

    /** {@code x > 0 ? x : alpha * (e^x - 1)}. */
    public Tensor elu(double alpha) {
        return Pointwise.unary("elu", Backend.Unary.ELU, this, alpha);
    }

    /** Each value limited to {@code [min, max]}. */
    public Tensor clamp(double min, double max) {
        return Pointwise.clamp(this, min, max);
    }

    /** {@code mask ? a : b} at each position, broadcast; the mask is bool (a comparison's result), as PyTorch's. */
    public static Tensor where(Tensor mask, Tensor a, Tensor b) {
        return Pointwise.where(mask, a, b);
    }

    /** True where {@code this > other}, as a bool tensor (no gradient). */
    public Tensor gt(Tensor other) {
        return Pointwise.compare("gt", Backend.Binary.GT, this, other);
    }

    /** True where {@code this < other}, as a bool tensor (no gradient). */
    public Tensor lt(Tensor other) {
        return Pointwise.compare("lt", Backend.Binary.LT, this, other);
    }

    /** True where {@code this >= other}, as a bool tensor (no gradient). */
    public Tensor ge(Tensor other) {
        return Pointwise.compare("ge", Backend.Binary.GE, this, other);
    }

    /** True where {@code this <= other}, as a bool tensor (no gradient). */
    public Tensor le(Tensor other) {
        return Pointwise.compare("le", Backend.Binary.LE, this, other);
    }

    /** True where {@code this == other}, as a bool tensor (no gradient). */
    public Tensor eq(Tensor other) {
        return Pointwise.compare("eq", Backend.Binary.EQ, this, other);
    }

    /** True where {@code this != other}, as a bool tensor (no gradient). */
    public Tensor ne(Tensor other) {
        return Pointwise.not(eq(other));
    }

    /** True where {@code this != value}, as a bool tensor. */
    public Tensor ne(double value) {
        return Pointwise.not(eq(value));
    }

    /** True where this is false (PyTorch's {@code logical_not}, {@code ~mask}); non-zero counts as true. */
    public Tensor logicalNot() {
        return Pointwise.not(this);
    }

    /** {@code value} where the bool {@code mask} is true, this tensor's values elsewhere; the mask broadcasts. */
    public Tensor maskedFill(Tensor mask, double value) {
        Pointwise.requireBool("maskedFill", mask);
        return where(mask, constant(value, this), this);
    }

    /** Whether both have the same shape and every {@code |this - other| <= atol + rtol·|other|} (PyTorch's defaults: 1e-5, 1e-8). */
    public boolean allclose(Tensor other, double rtol, double atol) {
        if (!Arrays.equals(shape(), other.shape())) {
            return false;
        }
        double[] a = toDoubleArray();
        double[] b = other.toDoubleArray();
        for (int i = 0; i < a.length; i++) {
            if (!(Math.abs(a[i] - b[i]) <= atol + rtol * Math.abs(b[i]))) {
                return false;
            }
        }
        return true;
    }

    /** {@link #allclose(Tensor, double, double)} with rtol 1e-5 and atol 1e-8. */
    public boolean allclose(Tensor other) {
        return allclose(other, 1e-5, 1e-8);
    }

    /** Whether both have the same shape and exactly the same values (PyTorch's {@code torch.equal}). */
    public boolean equal(Tensor other) {
        return Arrays.equals(shape(), other.shape()) && Arrays.equals(toDoubleArray(), other.toDoubleArray());
    }

    /** Whether any element is non-zero. */
    public boolean any() {
        return Arrays.stream(toDoubleArray()).anyMatch(v -> v != 0);
    }

    /** Whether every element is non-zero (true for an empty tensor). */
    public boolean all() {
        return Arrays.stream(toDoubleArray()).allMatch(v -> v != 0);
    }

    /** True where {@code this > value}, as a bool tensor. */
    public Tensor gt(double value) {
        return Pointwise.compare("gt", Backend.Binary.GT, this, value);
    }

    /** True where {@code this < value}, as a bool tensor. */
    public Tensor lt(double value) {
        return Pointwise.compare("lt", Backend.Binary.LT, this, value);
    }

    /** True where {@code this >= value}, as a bool tensor. */
    public Tensor ge(double value) {
        return Pointwise.compare("ge", Backend.Binary.GE, this, value);
    }

    /** True where {@code this <= value}, as a bool tensor. */
    public Tensor le(double value) {
        return Pointwise.compare("le", Backend.Binary.LE, this, value);
    }

    /** True where {@code this == value}, as a bool tensor. */
    public Tensor eq(double value) {
        return Pointwise.compare("eq", Backend.Binary.EQ, this, value);
    }

    /** The same values in another element type; gradients flow back in this tensor's type. */
    public Tensor to(DType type) {
        if (type == dtype()) {
            return this;
        }
        DType original = dtype();
        return record("to", this, backend.cast(storage(), type), g -> new Tensor[] {g.to(original)}, this);
    }

    /**
     * This tensor on {@code device}: itself when it is there already, else a copy; gradients
     * flow back to this tensor's device. Mixing devices in one operation is an error, so move
     * every input: {@code model.to(device)}, {@code x.to(device)}.
     */
    public Tensor to(Device device) {
        Backend target = Backends.of(device);
        if (target == backend) {
            return this;
        }
        Device from = device();
        return record("to", target, transfer(storage(), backend, target), g -> new Tensor[] {g.to(from)}, this);
    }

    /**
     * Moves this leaf tensor's values, and its gradient, to {@code device} in place, keeping the
     * tensor itself: how {@code Module.to} moves the parameters that layers hold in fields.
     */
    public Tensor moveTo(Device device) {
        requireLeaf("moveTo", "to(device)");
        Backend target = Backends.of(device);
        if (target != backend) {
            storage = transfer(storage(), backend, target);
            backend = target;
            grad = grad == null ? null : grad.to(device);
        }
        return this;
    }

    /**
     * Converts this leaf tensor's values, and its gradient, to {@code type} in place, keeping
     * the tensor itself: how {@code Module.to(DType)} converts parameters that an optimizer
     * already holds, so that it goes on updating the ones the model uses.
     */
    public Tensor moveTo(DType type) {
        requireLeaf("moveTo", "to(type)");
        if (type != dtype()) {
            storage = backend.cast(storage(), type);
            grad = grad == null ? null : grad.to(type);
        }
        return this;
    }

    private void requireLeaf(String op, String instead) {
        if (gradFn != null) {
            throw new IllegalStateException(op + ": this tensor was computed by " + gradFn.op()
                    + "; only leaf tensors (parameters, data) change in place, use " + instead + " for the others");
        }
    }

    private static Storage transfer(Storage values, Backend from, Backend to) {
        return values.dtype() == DType.FLOAT32
                ? to.fromFloats(from.toFloats(values), values.shape())
                : to.fromDoubles(from.toDoubles(values), values.shape(), values.dtype());
    }

    // ---- matrices, reductions, shapes, indexing ------------------------------------------

    /** {@code x Wᵀ + b} for a weight stored outputs × inputs, as PyTorch's {@code F.linear(x, weight, bias)}; {@code bias} may be null. */
    public Tensor linear(Tensor weight, Tensor bias) {
        return LinearAlgebra.linear(this, weight, bias);
    }

    /**
     * The singular value decomposition of this matrix (M x N), {@code this = U · diag(S) · Vᵀ},
     * computed by LAPACK on the CPU (on a GPU: an error that says so). Not recorded for backward.
     */
    public Svd svd() {
        if (dim() != 2) {
            throw new IllegalArgumentException("svd: expected a matrix, got shape " + Shapes.format(storage().shape()));
        }
        Storage[] usv = backend.svd(storage());
        return new Svd(leaf(usv[0], backend), leaf(usv[1], backend), leaf(usv[2], backend));
    }

    /** The matrix product; batched over leading dimensions when both have rank 3 or more. */
    public Tensor matmul(Tensor other) {
        return LinearAlgebra.matmul(this, other);
    }

    /** The dot product of two vectors. */
    public Tensor dot(Tensor other) {
        return LinearAlgebra.dot(this, other);
    }

    /** The outer product of two vectors: {@code out[i][j] = this[i]·other[j]}. */
    public Tensor outer(Tensor other) {
        return LinearAlgebra.outer(this, other);
    }

    /** A vector placed on the diagonal of a square matrix, or a matrix's diagonal as a vector. */
    public Tensor diag() {
        return LinearAlgebra.diag(this);
    }

    /** The lower triangle of the last two dimensions (on and below diagonal {@code k}), zeros above. */
    public Tensor tril(int k) {
        return LinearAlgebra.triangle("tril", this, k, true);
    }

    /** The lower triangle, main diagonal included. */
    public Tensor tril() {
        return tril(0);
    }

    /** The upper triangle of the last two dimensions (on and above diagonal {@code k}), zeros below. */
    public Tensor triu(int k) {
        return LinearAlgebra.triangle("triu", this, k, false);
    }

    /** The upper triangle, main diagonal included. */
    public Tensor triu() {
        return triu(0);
    }

    /**
     * Einstein summation as {@code torch.einsum}: {@code Tensor.einsum("ij,jk->ik", a, b)} is a
     * matrix product, {@code "bij,bjk->bik"} a batched one, {@code "i,i->"} a dot product,
     * {@code "ij->ji"} a transpose. Diagonals ({@code "ii->i"}) and {@code ...} are not supported.
     */
    public static Tensor einsum(String equation, Tensor... operands) {
        return Einsum.einsum(equation, operands);
    }

    /**
     * The 1-D convolution (cross-correlation) of this N×C×L batch with {@code weight} out
     * channels × C × K, plus {@code bias} (or null): N×out×L' with L' = (L - K + 2·padding) / stride + 1.
     */
    public Tensor conv1d(Tensor weight, Tensor bias, int stride, int padding) {
        return Convolutions.conv1d(this, weight, bias, stride, padding);
    }

    /** The mean over each of {@code outHeight}×{@code outWidth} regions tiling each channel (PyTorch's adaptive pooling). */
    public Tensor adaptiveAvgPool2d(int outHeight, int outWidth) {
        return Convolutions.adaptiveAvgPool2d(this, outHeight, outWidth);
    }

    /**
     * Slides {@code weight} (out channels × in channels × K × K) over this N×C×H×W image batch
     * and adds {@code bias} (one value per out channel, or null): the slides' convolution, which
     * is a cross-correlation. The output is N×out×H'×W' with H' = (H - K + 2·padding) / stride + 1.
     */
    public Tensor conv2d(Tensor weight, Tensor bias, int stride, int padding) {
        return Convolutions.conv2d(this, weight, bias, stride, stride, padding, padding);
    }

    /**
     * {@link #conv2d(Tensor, Tensor, int, int)} with a stride and a padding per direction, as
     * PyTorch's {@code stride=(3, 2), padding=(1, 1)}: H' = (H - K_H + 2·paddingHeight) / strideHeight + 1,
     * W' likewise.
     */
    public Tensor conv2d(Tensor weight, Tensor bias, int strideHeight, int strideWidth, int paddingHeight, int paddingWidth) {
        return Convolutions.conv2d(this, weight, bias, strideHeight, strideWidth, paddingHeight, paddingWidth);
    }

    /** The largest value of each {@code kernel}×{@code kernel} window, moved by {@code stride}, of each channel. */
    public Tensor maxPool2d(int kernel, int stride, int padding) {
        return Convolutions.pool2d(Backend.Pool.MAX, this, kernel, stride, padding);
    }

    /** The mean of each {@code kernel}×{@code kernel} window of each channel; padding counts as zeros. */
    public Tensor avgPool2d(int kernel, int stride, int padding) {
        return Convolutions.pool2d(Backend.Pool.AVG, this, kernel, stride, padding);
    }

    /** The sum of all elements; int64 for int64 and bool tensors, as PyTorch (the number of trues of a mask). */
    public Tensor sum() {
        return Reductions.sum(this, Reductions.allDims(this), false);
    }

    /** The sum along {@code dims} (all of them when none are given), as PyTorch's {@code x.sum((0, 2))}. */
    public Tensor sum(int... dims) {
        return Reductions.sum(this, orAll(dims), false);
    }

    /** The sum along {@code dim}, kept as size 1 when {@code keepDim}: PyTorch's {@code x.sum(1, keepdim=True)}. */
    public Tensor sum(int dim, boolean keepDim) {
        return Reductions.sum(this, new int[] {dim}, keepDim);
    }

    /** The sum along {@code dims}, kept as size 1 when {@code keepDim}. */
    public Tensor sum(int[] dims, boolean keepDim) {
        return Reductions.sum(this, orAll(dims), keepDim);
    }

    /** The mean of all elements; float tensors only, as PyTorch (convert a mask with {@code .to(DType.FLOAT32)} first). */
    public Tensor mean() {
        return Reductions.mean(this, Reductions.allDims(this), false);
    }

    /** The mean along {@code dims} (all of them when none are given). */
    public Tensor mean(int... dims) {
        return Reductions.mean(this, orAll(dims), false);
    }

    /** The mean along {@code dim}, kept as size 1 when {@code keepDim}. */
    public Tensor mean(int dim, boolean keepDim) {
        return Reductions.mean(this, new int[] {dim}, keepDim);
    }

    /** The mean along {@code dims}, kept as size 1 when {@code keepDim}. */
    public Tensor mean(int[] dims, boolean keepDim) {
        return Reductions.mean(this, orAll(dims), keepDim);
    }

    /** The largest element. */
    public Tensor max() {
        return Reductions.extreme(this, Backend.Reduction.MAX, Reductions.allDims(this), false);
    }

    /** The largest values along {@code dim} and where they are, as PyTorch's {@code x.max(1)}: {@code x.max(1).values()}. */
    public ValuesAndIndices max(int dim) {
        return Reductions.extremeWithIndex(this, Backend.Reduction.MAX, dim, false);
    }

    /** The largest values along {@code dim} and their indices, {@code dim} kept as size 1 when {@code keepDim}. */
    public ValuesAndIndices max(int dim, boolean keepDim) {
        return Reductions.extremeWithIndex(this, Backend.Reduction.MAX, dim, keepDim);
    }

    /** The smallest element. */
    public Tensor min() {
        return Reductions.extreme(this, Backend.Reduction.MIN, Reductions.allDims(this), false);
    }

    /** The smallest values along {@code dim} and where they are, as PyTorch's {@code x.min(1)}. */
    public ValuesAndIndices min(int dim) {
        return Reductions.extremeWithIndex(this, Backend.Reduction.MIN, dim, false);
    }

    /** The smallest values along {@code dim} and their indices, {@code dim} kept as size 1 when {@code keepDim}. */
    public ValuesAndIndices min(int dim, boolean keepDim) {
        return Reductions.extremeWithIndex(this, Backend.Reduction.MIN, dim, keepDim);
    }

    /** The index of the largest value along {@code dim}, as int64 (no gradient). */
    public Tensor argmax(int dim) {
        return Reductions.argmax(this, dim);
    }

    /** The index of the smallest value along {@code dim}, as int64 (no gradient). */
    public Tensor argmin(int dim) {
        return Reductions.argmin(this, dim);
    }

    /** The largest values over {@code dims} at once (all of them when none are given); ties share the gradient. */
    public Tensor amax(int... dims) {
        return Reductions.extreme(this, Backend.Reduction.MAX, orAll(dims), false);
    }

    /** The largest values along {@code dim}, kept as size 1 when {@code keepDim}. */
    public Tensor amax(int dim, boolean keepDim) {
        return Reductions.extreme(this, Backend.Reduction.MAX, new int[] {dim}, keepDim);
    }

    /** The largest values over {@code dims}, kept as size 1 when {@code keepDim}. */
    public Tensor amax(int[] dims, boolean keepDim) {
        return Reductions.extreme(this, Backend.Reduction.MAX, orAll(dims), keepDim);
    }

    /** The smallest values over {@code dims} at once (all of them when none are given); ties share the gradient. */
    public Tensor amin(int... dims) {
        return Reductions.extreme(this, Backend.Reduction.MIN, orAll(dims), false);
    }

    /** The smallest values along {@code dim}, kept as size 1 when {@code keepDim}. */
    public Tensor amin(int dim, boolean keepDim) {
        return Reductions.extreme(this, Backend.Reduction.MIN, new int[] {dim}, keepDim);
    }

    /** The smallest values over {@code dims}, kept as size 1 when {@code keepDim}. */
    public Tensor amin(int[] dims, boolean keepDim) {
        return Reductions.extreme(this, Backend.Reduction.MIN, orAll(dims), keepDim);
    }

    /** The product of all elements. */
    public Tensor prod() {
        return Reductions.prod(reshape(-1), 0, false);
    }

    /** The product along {@code dim}. */
    public Tensor prod(int dim) {
        return Reductions.prod(this, dim, false);
    }

    /** The product along {@code dim}, kept as size 1 when {@code keepDim}. */
    public Tensor prod(int dim, boolean keepDim) {
        return Reductions.prod(this, dim, keepDim);
    }

    /** The running sums along {@code dim}: {@code out[i] = x[0] + ... + x[i]}. */
    public Tensor cumsum(int dim) {
        return Reductions.cumsum(this, dim);
    }

    /** The Euclidean (2-) norm of all elements. */
    public Tensor norm() {
        return Reductions.norm(this, 2, Reductions.allDims(this), false);
    }

    /** The p-norm {@code (Σ|x|^p)^(1/p)} along {@code dims} (all when none are given), as PyTorch's {@code x.norm(1, 1)}; p may be {@code Double.POSITIVE_INFINITY}. */
    public Tensor norm(double p, int... dims) {
        return Reductions.norm(this, p, orAll(dims), false);
    }

    /** The p-norm along {@code dim}, kept as size 1 when {@code keepDim}. */
    public Tensor norm(double p, int dim, boolean keepDim) {
        return Reductions.norm(this, p, new int[] {dim}, keepDim);
    }

    /** The p-norm along {@code dims}, kept as size 1 when {@code keepDim}. */
    public Tensor norm(double p, int[] dims, boolean keepDim) {
        return Reductions.norm(this, p, orAll(dims), keepDim);
    }

    /** The standard deviation of all elements, unbiased (divided by n - 1) as PyTorch's default. */
    public Tensor std() {
        return reshape(-1).std(0);
    }

    /** The unbiased standard deviation along {@code dim}. */
    public Tensor std(int dim) {
        return var(dim).sqrt();
    }

    /** The unbiased standard deviation along {@code dim}, kept as size 1 when {@code keepDim}. */
    public Tensor std(int dim, boolean keepDim) {
        return var(dim, keepDim).sqrt();
    }

    /** The standard deviation along {@code dim}, divided by n - 1 when {@code unbiased}, else by n: PyTorch's {@code x.std(dim, unbiased, keepdim)}. */
    public Tensor std(int dim, boolean unbiased, boolean keepDim) {
        return var(dim, unbiased, keepDim).sqrt();
    }

    /** The values along {@code dim} sorted ascending (or descending), with the index each came from. */
    public ValuesAndIndices sort(int dim, boolean descending) {
        return Sorting.sort(this, dim, descending);
    }

    /** The values along the last dimension sorted ascending, with their indices. */
    public ValuesAndIndices sort() {
        return Sorting.sort(this, -1, false);
    }

    /** The {@code k} largest values along {@code dim}, largest first, with their indices. */
    public ValuesAndIndices topk(int k, int dim) {
        return Sorting.topk(this, k, dim, true);
    }

    /** The {@code k} largest (or, when not {@code largest}, smallest) values along {@code dim}, with their indices. */
    public ValuesAndIndices topk(int k, int dim, boolean largest) {
        return Sorting.topk(this, k, dim, largest);
    }

    /** The distinct values, sorted, as a vector (no gradient). */
    public Tensor unique() {
        return Sorting.unique(this);
    }

    /** {@code log(sum(exp(x)))} along {@code dim}, computed without overflow. */
    public Tensor logsumexp(int dim) {
        return Reductions.logsumexp(this, dim, false);
    }

    /** {@code log(sum(exp(x)))} along {@code dim}, kept as size 1 when {@code keepDim}. */
    public Tensor logsumexp(int dim, boolean keepDim) {
        return Reductions.logsumexp(this, dim, keepDim);
    }

    /** The variance of all elements, unbiased (divided by n - 1) as PyTorch's default. */
    public Tensor var() {
        return reshape(-1).var(0);
    }

    /** The variance along {@code dim}, unbiased (divided by n - 1) as PyTorch's default. */
    public Tensor var(int dim) {
        return Reductions.var(this, dim, false, true);
    }

    /** The unbiased variance along {@code dim}, kept as size 1 when {@code keepDim}. */
    public Tensor var(int dim, boolean keepDim) {
        return Reductions.var(this, dim, keepDim, true);
    }

    /** The variance along {@code dim}, divided by n - 1 when {@code unbiased}, else by n: PyTorch's {@code x.var(dim, unbiased, keepdim)}. */
    public Tensor var(int dim, boolean unbiased, boolean keepDim) {
        return Reductions.var(this, dim, keepDim, unbiased);
    }

    /** {@code e^x / sum(e^x)} along {@code dim}. */
    public Tensor softmax(int dim) {
        return Reductions.softmax(this, dim);
    }

    /** {@code x - logsumexp(x)} along {@code dim}. */
    public Tensor logSoftmax(int dim) {
        return Reductions.logSoftmax(this, dim);
    }

    /** Normalizes over the last {@code dims} dimensions: {@code (x - mean) / sqrt(var + eps)}, the variance biased (layer norm without its scale and shift). */
    public Tensor layerNorm(int dims, double eps) {
        if (dims < 1 || dims > dim()) {
            throw new IllegalArgumentException("layerNorm: cannot normalize over the last " + dims + " dimensions of "
                    + Shapes.format(storage().shape()));
        }
        int[] last = java.util.stream.IntStream.range(dim() - dims, dim()).toArray();
        Tensor centred = sub(mean(last, true));
        return centred.div(centred.mul(centred).mean(last, true).add(eps).sqrt());
    }

    /** The same elements in a new shape; one dimension may be -1 (inferred). */
    public Tensor reshape(int... shape) {
        return Reshaping.reshape(this, shape);
    }

    /** The same as {@link #reshape}, as PyTorch's {@code view}. */
    public Tensor view(int... shape) {
        return Reshaping.reshape(this, shape);
    }

    /** All dimensions from {@code startDim} on merged into one: {@code [N, C, H, W] -> [N, C*H*W]}. */
    public Tensor flatten(int startDim) {
        return Reshaping.flatten(this, startDim);
    }

    /** All elements in one dimension. */
    public Tensor flatten() {
        return Reshaping.flatten(this, 0);
    }

    /** Dimensions {@code d0} and {@code d1} swapped. */
    public Tensor transpose(int d0, int d1) {
        return Reshaping.transpose(this, d0, d1);
    }

    /** The transpose of a matrix. */
    public Tensor t() {
        if (dim() != 2) {
            throw new IllegalArgumentException("t: expects a 2-D tensor, got shape " + Shapes.format(storage().shape()));
        }
        return transpose(0, 1);
    }

    /** The dimensions reordered: result dimension i is this tensor's dimension {@code order[i]}. */
    public Tensor permute(int... order) {
        return Reshaping.permute(this, order);
    }

    /** Dimension {@code dim} removed; it must have size 1. */
    public Tensor squeeze(int dim) {
        return Reshaping.squeeze(this, dim);
    }

    /** A new dimension of size 1 inserted at {@code dim}. */
    public Tensor unsqueeze(int dim) {
        return Reshaping.unsqueeze(this, dim);
    }

    /** Repeated along size-1 dimensions to {@code shape}. */
    public Tensor expand(int... shape) {
        return Reshaping.expand(this, shape);
    }

    /** Tiled {@code repeats[d]} times along each dimension d, as PyTorch's {@code repeat} (extra counts add leading dimensions). */
    public Tensor repeat(int... repeats) {
        return Reshaping.repeat(this, repeats);
    }

    /** Zeros added around the last dimensions, as {@code F.pad}: (left, right) of the last, then (top, bottom), ... */
    public Tensor pad(int... padding) {
        return Reshaping.pad(this, padding, 0);
    }

    /** {@code value} added around the last dimensions, as {@code F.pad(x, padding, value=value)}. */
    public Tensor pad(int[] padding, double value) {
        return Reshaping.pad(this, padding, value);
    }

    /** The order reversed along each of {@code dims}. */
    public Tensor flip(int... dims) {
        return Indexing.flip(this, dims);
    }

    /** Elements moved {@code shift} places along {@code dim}, wrapping around. */
    public Tensor roll(int shift, int dim) {
        return Indexing.roll(this, shift, dim);
    }

    /** Elements moved {@code shift} places in row-major order, wrapping around; the shape is kept. */
    public Tensor roll(int shift) {
        return Indexing.roll(reshape(-1), shift, 0).reshape(shape());
    }

    /** Pieces of {@code size} along {@code dim} (the last one smaller if needed). */
    public List<Tensor> split(int size, int dim) {
        return Indexing.split(this, size, dim);
    }

    /** Pieces of the given {@code sizes} along {@code dim}. */
    public List<Tensor> split(int[] sizes, int dim) {
        return Indexing.split(this, sizes, dim);
    }

    /** {@code chunks} pieces of equal size (the last one smaller if needed) along {@code dim}. */
    public List<Tensor> chunk(int chunks, int dim) {
        return Indexing.chunk(this, chunks, dim);
    }

    /** Each index of {@code dim} as its own tensor, that dimension removed. */
    public List<Tensor> unbind(int dim) {
        return Indexing.unbind(this, dim);
    }

    /** Tensors joined along dimension {@code dim}, as {@code torch.cat(tensors, dim)}: {@code Tensor.concat(List.of(a, b), 1)}. */
    public static Tensor concat(List<Tensor> tensors, int dim) {
        return Reshaping.concat(tensors.toArray(Tensor[]::new), dim);
    }

    /** Tensors joined along dimension {@code dim}. */
    public static Tensor concat(Tensor[] tensors, int dim) {
        return Reshaping.concat(tensors, dim);
    }

    /** Tensors of equal shape stacked along a new dimension {@code dim}, as {@code torch.stack(tensors, dim)}. */
    public static Tensor stack(List<Tensor> tensors, int dim) {
        return Reshaping.stack(tensors.toArray(Tensor[]::new), dim);
    }

    /** Tensors of equal shape stacked along a new dimension {@code dim}. */
    public static Tensor stack(Tensor[] tensors, int dim) {
        return Reshaping.stack(tensors, dim);
    }

    /** Elements {@code start <= i < end} along {@code dim}; negative bounds count from the end. */
    public Tensor slice(int dim, int start, int end) {
        return Indexing.slice(this, dim, start, end);
    }

    /** Every {@code step}-th element from {@code start} below {@code end} along {@code dim}, as Python's {@code x[start:end:step]}. */
    public Tensor slice(int dim, int start, int end, int step) {
        return Indexing.slice(this, dim, start, end, step);
    }

    /** Index {@code index} of dimension {@code dim}, which is removed: {@code x.select(0, 2)} is row 2. */
    public Tensor select(int dim, int index) {
        return Indexing.select(this, dim, index);
    }

    /** The entries at {@code indices} along {@code dim}, in that order. */
    public Tensor indexSelect(int dim, int... indices) {
        return Indexing.indexSelect(this, dim, indices);
    }

    /**
     * {@code out[i][j] = this[i][index[i][j]]} for {@code dim = 1}: with labels as a column,
     * {@code scores.gather(1, labels.unsqueeze(1))} picks each row's correct-class score.
     */
    public Tensor gather(int dim, Tensor index) {
        return Indexing.gather(this, dim, index);
    }

    /** This tensor plus {@code source}'s values added at the positions {@code index} names along {@code dim} (PyTorch's {@code scatter_add}). */
    public Tensor scatterAdd(int dim, Tensor index, Tensor source) {
        return Indexing.scatterAdd(this, dim, index, source);
    }

    /** This tensor with {@code source}'s values written at the positions {@code index} names along {@code dim}: {@code out[i][index[i][j]] = source[i][j]} for dim 1. */
    public Tensor scatter(int dim, Tensor index, Tensor source) {
        return Indexing.scatter(this, dim, index, source);
    }

    /** This tensor with {@code value} written at the positions {@code index} names along {@code dim}. */
    public Tensor scatter(int dim, Tensor index, double value) {
        return Indexing.scatter(this, dim, index, leaf(backend.full(index.storage().shape(), value, dtype()), backend));
    }

    /** The coordinates of the non-zero elements, one int64 row each (no gradient). */
    public Tensor nonzero() {
        return Indexing.nonzero(this);
    }

    // ---- display --------------------------------------------------------------------------

    /** Values as PyTorch prints them, with the middle elided for large tensors. */
    @Override
    public String toString() {
        if (storage.isFreed()) {
            return "tensor(<freed>)";
        }
        return TensorFormat.text(this);
    }

    @Override
    public Map<String, String> mimeBundle() {
        return TensorFormat.mimeBundle(this);
    }

    private int[] orAll(int[] dims) {
        return dims.length == 0 ? Reductions.allDims(this) : dims;
    }

    private static long[] toLong(int[] shape) {
        for (int s : shape) {
            if (s < 0) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " has a negative size");
            }
        }
        return Arrays.stream(shape).asLongStream().toArray();
    }
}
