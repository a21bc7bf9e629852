package org.dendrite.tensor.cpu;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dendrite.device.CpuThreads;
import org.dendrite.device.CpuVariant;
import org.dendrite.device.Device;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.Window2d;
import org.dendrite.tensor.backend.Backend;
import org.dendrite.tensor.backend.GatherIndex;
import org.dendrite.tensor.backend.Precision;
import org.dendrite.tensor.backend.Shapes;
import org.dendrite.tensor.backend.Storage;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.impl.controlflow.Select;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.AddOp;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.DivOp;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.SubOp;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Erf;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Expm1;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Log1p;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Rint;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The CPU backend: small float32 and float64 tensors (at most {@link #HEAP_LIMIT} elements) live
 * on the Java heap as {@link HeapStorage} and are computed on with Java loops
 * ({@link HeapPointwise}, {@link HeapReductions}, {@link HeapReshaping}) and OpenBLAS
 * ({@link BlasMatmul}); larger ones, int64 and bool tensors, and convolution and pooling use ND4J,
 * with the native build picked for this CPU by {@link CpuVariant}. An operation that takes both
 * kinds copies its inputs to the kind it runs on: heap inputs to ND4J at the entry of a
 * convolution, small ND4J results back to the heap at the next element-wise operation.
 * Convolution and pooling run libnd4j's {@code conv2d}, {@code maxpool2d}, {@code avgpool2d}
 * custom operations and their {@code _bp} gradients, which call oneDNN for float32 when the
 * oneDNN variant is loaded.
 */
public final class CpuBackend implements Backend {

    /** The one CPU backend. */
    public static final CpuBackend INSTANCE = new CpuBackend();

    /**
     * The most elements a tensor computed on the Java heap has (1 MiB of float32). Below it an
     * ND4J call costs 20-60 µs of dispatch, where a Java loop over 6,400 floats takes 1-3 µs.
     */
    public static final long HEAP_LIMIT = 1 << 18;

    private static volatile long heapLimit = HEAP_LIMIT;

    private CpuBackend() {
        CpuVariant.select();
        CpuThreads.apply();
    }

    @Override
    public String name() {
        return "cpu";
    }

    @Override
    public Device device() {
        return Device.cpu();
    }

    /** Float64: whole numbers up to 2^53 are exact. */
    @Override
    public DType computeType() {
        return DType.FLOAT64;
    }

    @Override
    public Storage fromDoubles(double[] values, long[] shape, DType dtype) {
        if (fitsHeap(shape, dtype)) {
            return dtype == DType.FLOAT64 ? HeapStorage.ofDoubles(values.clone(), shape) : HeapStorage.ofFloats(Precision.narrow(values), shape);
        }
        INDArray array = shape.length == 0
                ? Nd4j.scalar(values[0])
                : Nd4j.createFromArray(values).reshape('c', shape);
        return wrap(array.castTo(type(dtype)));
    }

    @Override
    public Storage fromFloats(float[] values, long[] shape) {
        if (fitsHeap(shape, DType.FLOAT32)) {
            return HeapStorage.ofFloats(values.clone(), shape);
        }
        INDArray array = shape.length == 0 ? Nd4j.scalar(values[0]) : Nd4j.createFromArray(values).reshape('c', shape);
        return wrap(array);
    }

    @Override
    public double[] toDoubles(Storage x) {
        if (x instanceof HeapStorage h) {
            return h.dtype() == DType.FLOAT64 ? h.doubles().clone() : Precision.widen(h.floats());
        }
        INDArray a = array(x);
        return a.length() == 0 ? new double[0] : a.dup('c').castTo(DataType.DOUBLE).reshape(a.length()).toDoubleVector();
    }

    @Override
    public float[] toFloats(Storage x) {
        if (x instanceof HeapStorage h) {
            return h.dtype() == DType.FLOAT32 ? h.floats().clone() : Precision.narrow(h.doubles());
        }
        INDArray a = array(x);
        return a.length() == 0 ? new float[0] : a.dup('c').castTo(DataType.FLOAT).reshape(a.length()).toFloatVector();
    }

    @Override
    public Storage full(long[] shape, double value, DType dtype) {
        if (fitsHeap(shape, dtype)) {
            HeapStorage out = HeapStorage.zeros(shape, dtype);
            return value == 0 ? out : HeapPointwise.binaryScalar(Binary.ADD, out, value);
        }
        MemoryGuard.checkRoomFor("full", shape, dtype);
        return wrap(filled(shape, value, type(dtype)));
    }

    @Override
    public Storage binary(Binary op, Storage a, Storage b, long[] shape) {
        if (a.dtype() == b.dtype() && onHeap(shape, a, b)) {
            return HeapPointwise.binary(op, heap(a), heap(b), shape);
        }
        MemoryGuard.checkRoomFor(op.name().toLowerCase(java.util.Locale.ROOT), shape, a.dtype());
        if (ARITHMETIC.contains(op) && !(Arrays.equals(array(a).shape(), shape) && Arrays.equals(array(b).shape(), shape))) {
            return wrap(broadcastArithmetic(op, padRank(array(a), shape.length), padRank(array(b), shape.length), shape));
        }
        INDArray x = expand(array(a), shape);
        INDArray y = expand(array(b), shape);
        DataType type = x.dataType();
        return wrap(switch (op) {
            case ADD -> x.add(y);
            case SUB -> x.sub(y);
            case MUL -> x.mul(y);
            case DIV -> x.div(y);
            case POW -> Transforms.pow(x, y, true);
            case MAX -> Transforms.max(x, y, true);
            case MIN -> Transforms.min(x, y, true);
            case GT -> x.gt(y).castTo(type);
            case LT -> x.lt(y).castTo(type);
            case GE -> x.lt(y).castTo(type).rsub(1);
            case LE -> x.gt(y).castTo(type).rsub(1);
            case EQ -> x.eq(y).castTo(type);
        });
    }

    @Override
    public Storage binaryScalar(Binary op, Storage a, double s) {
        if (onHeap(a.shape(), a)) {
            return HeapPointwise.binaryScalar(op, heap(a), s);
        }
        INDArray x = array(a);
        DataType type = x.dataType();
        return wrap(switch (op) {
            case ADD -> x.add(s);
            case SUB -> x.sub(s);
            case MUL -> x.mul(s);
            case DIV -> x.div(s);
            case POW -> Transforms.pow(x, s, true);
            case MAX -> Transforms.max(x, s, true);
            case MIN -> Transforms.min(x, s, true);
            case GT -> x.gt(s).castTo(type);
            case LT -> x.lt(s).castTo(type);
            case GE -> x.gte(s).castTo(type);
            case LE -> x.lte(s).castTo(type);
            case EQ -> x.eq(s).castTo(type);
        });
    }

    @Override
    public Storage unary(Unary op, Storage storage, double param) {
        if (op != Unary.ERF && onHeap(storage.shape(), storage)) {
            return HeapPointwise.unary(op, heap(storage), param);
        }
        INDArray x = array(storage);
        return wrap(switch (op) {
            case NEG -> x.neg();
            case EXP -> Transforms.exp(x, true);
            case LOG -> Transforms.log(x, true);
            case SQRT -> Transforms.sqrt(x, true);
            case ABS -> Transforms.abs(x, true);
            case SIGN -> Transforms.sign(x, true);
            case SIGMOID -> Transforms.sigmoid(x, true);
            case TANH -> Transforms.tanh(x, true);
            case RELU -> Transforms.relu(x, true);
            case LEAKY_RELU -> Transforms.leakyRelu(x, param, true);
            case ELU -> select(x.gt(0), x, Transforms.exp(x, true).sub(1).mul(param));
            case STEP -> x.gt(0).castTo(x.dataType());
            case SIN -> Transforms.sin(x, true);
            case COS -> Transforms.cos(x, true);
            case LOG1P -> Nd4j.exec(new Log1p(x, x.ulike()));
            case EXPM1 -> Nd4j.exec(new Expm1(x, x.ulike()));
            case ERF -> Nd4j.exec(new Erf(x, x.ulike()));
            case FLOOR -> Transforms.floor(x, true);
            case CEIL -> Transforms.ceil(x, true);
            case ROUND -> Nd4j.exec(new Rint(x, x.ulike()));
        });
    }

    @Override
    public Storage where(Storage mask, Storage a, Storage b, long[] shape) {
        if (a.dtype() == b.dtype() && onHeap(shape, mask, a, b)) {
            return HeapPointwise.where(heap(mask), heap(a), heap(b), shape);
        }
        INDArray condition = expand(array(mask), shape).neq(0);
        return wrap(select(condition, expand(array(a), shape), expand(array(b), shape)));
    }

    private static INDArray select(INDArray condition, INDArray ifTrue, INDArray ifFalse) {
        INDArray out = ifFalse.ulike();
        Nd4j.exec(new Select(new INDArray[] {condition, ifTrue, ifFalse}, new INDArray[] {out}));
        return out;
    }

    @Override
    public Storage matmul(Storage a, Storage b, boolean transposeA, boolean transposeB) {
        long[] sa = a.shape();
        long[] sb = b.shape();
        long[] outShape = sa.clone();
        outShape[outShape.length - 2] = sa[sa.length - (transposeA ? 1 : 2)];
        outShape[outShape.length - 1] = sb[sb.length - (transposeB ? 2 : 1)];
        boolean sameBatch = sa.length == sb.length
                && Arrays.equals(Arrays.copyOf(sa, sa.length - 2), Arrays.copyOf(sb, sb.length - 2));
        if (sameBatch && a.dtype() == b.dtype() && onHeap(outShape, a, b)) {
            return BlasMatmul.matmul(heap(a), heap(b), transposeA, transposeB);
        }
        MemoryGuard.checkRoomFor("matmul", outShape, a.dtype());
        INDArray x = array(a);
        INDArray y = array(b);
        if (x.rank() == 2 && y.rank() == 2) {
            INDArray out = Nd4j.createUninitialized(x.dataType(), outShape);
            return wrap(Nd4j.gemm(x, y, out, transposeA, transposeB, 1.0, 0.0));
        }
        return wrap(Nd4j.matmul(x, y, transposeA, transposeB, false));
    }

    @Override
    public Storage conv2d(Storage input, Storage weight, Storage bias, Window2d window) {
        INDArray x = array(input);
        INDArray w = array(weight);
        INDArray out = Nd4j.create(x.dataType(), x.size(0), w.size(0), window.outputHeight(x.size(2)), window.outputWidth(x.size(3)));
        INDArray[] inputs = bias == null ? new INDArray[] {x, w} : new INDArray[] {x, w, array(bias)};
        Nd4j.exec(DynamicCustomOp.builder("conv2d")
                .addInputs(inputs)
                .addOutputs(out)
                .addIntegerArguments(convolutionArguments(window))
                .build());
        return wrap(out);
    }

    @Override
    public Storage[] conv2dBackward(Storage input, Storage weight, Storage gradOutput, Window2d window) {
        INDArray x = array(input);
        INDArray w = array(weight);
        INDArray gradInput = x.ulike();
        INDArray gradWeight = w.ulike();
        Nd4j.exec(DynamicCustomOp.builder("conv2d_bp")
                .addInputs(x, w, array(gradOutput))
                .addOutputs(gradInput, gradWeight)
                .addIntegerArguments(convolutionArguments(window))
                .build());
        return new Storage[] {wrap(gradInput), wrap(gradWeight)};
    }

    @Override
    public Storage pool2d(Pool kind, Storage input, Window2d window) {
        INDArray x = array(input);
        INDArray out = Nd4j.create(x.dataType(), x.size(0), x.size(1), window.outputHeight(x.size(2)), window.outputWidth(x.size(3)));
        Nd4j.exec(DynamicCustomOp.builder(kind == Pool.MAX ? "maxpool2d" : "avgpool2d")
                .addInputs(x)
                .addOutputs(out)
                .addIntegerArguments(poolingArguments(window))
                .build());
        return wrap(out);
    }

    @Override
    public Storage pool2dBackward(Pool kind, Storage input, Storage gradOutput, Window2d window) {
        INDArray x = array(input);
        INDArray gradInput = x.ulike();
        Nd4j.exec(DynamicCustomOp.builder(kind == Pool.MAX ? "maxpool2d_bp" : "avgpool2d_bp")
                .addInputs(x, array(gradOutput))
                .addOutputs(gradInput)
                .addIntegerArguments(poolingArguments(window))
                .build());
        return wrap(gradInput);
    }

    /** libnd4j's integer arguments: kernel, stride, padding, dilation 1, explicit padding, NCHW, OIHW weights. */
    private static int[] convolutionArguments(Window2d w) {
        return new int[] {w.kernelHeight(), w.kernelWidth(), w.strideHeight(), w.strideWidth(),
            w.paddingHeight(), w.paddingWidth(), 1, 1, 0, 0, 1};
    }

    /** The same for pooling; the 1 before NCHW makes average pooling count padding as zeros (PyTorch's default). */
    private static int[] poolingArguments(Window2d w) {
        return new int[] {w.kernelHeight(), w.kernelWidth(), w.strideHeight(), w.strideWidth(),
            w.paddingHeight(), w.paddingWidth(), 1, 1, 0, 1, 0};
    }

    @Override
    public Storage reduce(Reduction op, Storage storage, int[] dims, boolean keepDim) {
        if (Shapes.numel(storage.shape()) > 0 && onHeap(storage.shape(), storage)) {
            return HeapReductions.reduce(op, heap(storage), dims, keepDim);
        }
        INDArray x = array(storage);
        INDArray out = switch (op) {
            case SUM -> x.sum(keepDim, dims);
            case MEAN -> x.mean(keepDim, dims);
            case MAX -> x.max(keepDim, dims);
            case MIN -> x.min(keepDim, dims);
            case ARGMAX -> Nd4j.argMax(x, dims).castTo(x.dataType());
            case ARGMIN -> Nd4j.argMax(x.neg(), dims).castTo(x.dataType());
        };
        return wrap(out.reshape('c', Shapes.reduced(x.shape(), dims, keepDim)));
    }

    @Override
    public Storage variance(Storage storage, int[] dims, boolean keepDim, boolean unbiased) {
        if (Shapes.numel(storage.shape()) > 0 && onHeap(storage.shape(), storage)) {
            return HeapReductions.variance(heap(storage), dims, keepDim, unbiased);
        }
        INDArray x = array(storage);
        return wrap(x.var(unbiased, dims).reshape('c', Shapes.reduced(x.shape(), dims, keepDim)));
    }

    @Override
    public Storage reshape(Storage x, long[] shape) {
        if (x instanceof HeapStorage h) {
            return h.withShape(shape);
        }
        INDArray a = array(x);
        return wrap(shape.length == 0 ? filled(shape, a.getDouble(0), a.dataType()) : a.reshape('c', shape));
    }

    @Override
    public Storage permute(Storage x, int[] order) {
        if (onHeap(x.shape(), x)) {
            return HeapReshaping.permute(heap(x), order);
        }
        return wrap(array(x).permute(order).dup('c'));
    }

    @Override
    public Storage broadcastTo(Storage x, long[] shape) {
        if (onHeap(shape, x)) {
            return HeapPointwise.broadcastTo(heap(x), shape);
        }
        return wrap(expand(array(x), shape));
    }

    @Override
    public Storage slice(Storage x, int dim, long start, long end) {
        if (onHeap(x.shape(), x)) {
            return HeapReshaping.slice(heap(x), dim, start, end);
        }
        INDArray a = array(x);
        return wrap(a.get(along(a.rank(), dim, NDArrayIndex.interval(start, end))).dup('c'));
    }

    @Override
    public Storage indexSelect(Storage x, int dim, long[] indices) {
        long[] shape = x.shape();
        shape[dim] = indices.length;
        if (onHeap(shape, x)) {
            return HeapReshaping.indexSelect(heap(x), dim, indices);
        }
        INDArray a = array(x);
        return wrap(a.get(along(a.rank(), dim, NDArrayIndex.indices(indices))).dup('c'));
    }

    @Override
    public Storage concat(List<Storage> parts, int dim) {
        long[] shape = parts.get(0).shape();
        shape[dim] = parts.stream().mapToLong(p -> p.shape()[dim]).sum();
        boolean oneType = parts.stream().allMatch(p -> p.dtype() == parts.get(0).dtype());
        if (oneType && onHeap(shape, parts.toArray(Storage[]::new))) {
            return HeapReshaping.concat(parts.stream().map(CpuBackend::heap).toList(), dim);
        }
        return wrap(Nd4j.concat(dim, parts.stream().map(CpuBackend::array).toArray(INDArray[]::new)));
    }

    @Override
    public Storage gather(Storage x, int dim, long[] index, long[] indexShape) {
        double[] values = toDoubles(x);
        long[] shape = x.shape();
        double[] out = new double[index.length];
        GatherIndex positions = new GatherIndex(shape, dim, index, indexShape);
        for (int i = 0; i < index.length; i++) {
            out[i] = values[positions.sourceOffset(i)];
        }
        return fromDoubles(out, indexShape, x.dtype());
    }

    @Override
    public Storage scatterAdd(long[] shape, int dim, long[] index, long[] indexShape, Storage values) {
        double[] source = toDoubles(values);
        double[] out = new double[Math.toIntExact(Shapes.numel(shape))];
        GatherIndex positions = new GatherIndex(shape, dim, index, indexShape);
        for (int i = 0; i < index.length; i++) {
            out[positions.sourceOffset(i)] += source[i];
        }
        return fromDoubles(out, shape, values.dtype());
    }

    @Override
    public void assign(Storage target, Storage source) {
        if (target instanceof HeapStorage h) {
            HeapStorage values = heap(cast(source, h.dtype()));
            System.arraycopy(values.array(), 0, h.array(), 0, h.size());
        } else {
            array(target).assign(array(source));
        }
    }

    @Override
    public Storage cast(Storage x, DType dtype) {
        if (x instanceof HeapStorage h && !dtype.isFloatingPoint()) {
            return wrap(HeapTransfer.toNd4j(h).castTo(type(dtype)));
        }
        if (x instanceof HeapStorage h) {
            return h.dtype() == dtype ? h
                    : dtype == DType.FLOAT64 ? HeapStorage.ofDoubles(Precision.widen(h.floats()), h.shape())
                    : HeapStorage.ofFloats(Precision.narrow(h.doubles()), h.shape());
        }
        return wrap(array(x).castTo(type(dtype)));
    }

    @Override
    public boolean hasNonFinite(Storage x) {
        if (x instanceof HeapStorage h) {
            for (int i = 0; i < h.size(); i++) {
                if (!Double.isFinite(h.get(i))) {
                    return true;
                }
            }
            return false;
        }
        return Arrays.stream(toDoubles(x)).anyMatch(v -> !Double.isFinite(v));
    }

    /**
     * Sets the most elements a heap tensor has, {@link #HEAP_LIMIT} by default; 0 puts every
     * tensor in ND4J. For tests that run the ND4J path on small tensors.
     */
    public static void heapLimit(long elements) {
        heapLimit = elements;
    }

    /** LAPACK's {@code gesvd} through ND4J, in float64. */
    @Override
    public Storage[] svd(Storage x) {
        INDArray a = array(x).castTo(DataType.DOUBLE).dup('f');
        long rows = a.rows();
        long columns = a.columns();
        INDArray s = Nd4j.create(DataType.DOUBLE, Math.min(rows, columns));
        INDArray u = Nd4j.create(DataType.DOUBLE, new long[] {rows, rows}, 'f');
        INDArray vt = Nd4j.create(DataType.DOUBLE, new long[] {columns, columns}, 'f');
        Nd4j.getBlasWrapper().lapack().gesvd(a, s, u, vt);
        DataType type = type(x.dtype());
        return new Storage[] {wrap(u.dup('c').castTo(type)), wrap(s.castTo(type)), wrap(vt.dup('c').castTo(type))};
    }

    /** The ND4J array of a CPU tensor: its own for ND4J storage, a copy of heap storage. */
    static INDArray array(Storage storage) {
        if (storage instanceof HeapStorage h) {
            return HeapTransfer.toNd4j(h);
        }
        if (!(storage instanceof Nd4jStorage nd4j)) {
            throw new IllegalArgumentException("Expected a CPU tensor, got one on " + storage.getClass().getSimpleName()
                    + "; move it with tensor.to(Device.cpu())");
        }
        return nd4j.array();
    }

    /** {@code storage} held by ND4J: heap storage copied there, anything else as it is. */
    static Storage onNd4j(Storage storage) {
        return storage instanceof HeapStorage ? wrap(array(storage)) : storage;
    }

    /** A CPU tensor's data on the heap, copied from ND4J when it is held there. */
    private static HeapStorage heap(Storage storage) {
        return storage instanceof HeapStorage h ? h : HeapTransfer.toHeap(array(storage));
    }

    /** Whether a result of {@code shape} computed from {@code inputs} belongs on the heap. */
    private static boolean onHeap(long[] shape, Storage... inputs) {
        if (Shapes.numel(shape) > heapLimit) {
            return false;
        }
        for (Storage input : inputs) {
            if (!(input instanceof HeapStorage) && !fitsHeap(input.shape(), input.dtype())) {
                return false;
            }
        }
        return true;
    }

    private static boolean fitsHeap(long[] shape, DType dtype) {
        return (dtype == DType.FLOAT32 || dtype == DType.FLOAT64) && Shapes.numel(shape) <= heapLimit;
    }

    static Storage wrap(INDArray array) {
        return new Nd4jStorage(array);
    }

    private static DataType type(DType dtype) {
        return switch (dtype) {
            case FLOAT32 -> DataType.FLOAT;
            case FLOAT64 -> DataType.DOUBLE;
            case INT64 -> DataType.LONG;
            case BOOL -> DataType.BOOL;
        };
    }

    /** An array of {@code shape} (a scalar for no dimensions) filled with {@code value}; int64 and bool by a cast from float64. */
    private static INDArray filled(long[] shape, double value, DataType type) {
        if (type != DataType.FLOAT && type != DataType.DOUBLE) {
            return filled(shape, value, DataType.DOUBLE).castTo(type);
        }
        return shape.length == 0 ? Nd4j.scalar(type, value) : Nd4j.valueArrayOf(shape, value, type);
    }

    /** The ops that ND4J broadcasts natively, without copying the smaller operand first. */
    private static final Set<Binary> ARITHMETIC = EnumSet.of(Binary.ADD, Binary.SUB, Binary.MUL, Binary.DIV);

    /** {@code x op y} for operands of equal rank whose sizes are 1 or the result's: one native call. */
    private static INDArray broadcastArithmetic(Binary op, INDArray x, INDArray y, long[] shape) {
        INDArray out = Nd4j.createUninitialized(x.dataType(), shape);
        Nd4j.exec(switch (op) {
            case ADD -> new AddOp(x, y, out);
            case SUB -> new SubOp(x, y, out);
            case MUL -> new MulOp(x, y, out);
            case DIV -> new DivOp(x, y, out);
            default -> throw new IllegalArgumentException(op + " is not broadcast natively");
        });
        return out;
    }

    /** {@code x} viewed with leading dimensions of size 1 up to {@code rank}, as broadcasting reads it. */
    private static INDArray padRank(INDArray x, int rank) {
        if (x.rank() == rank) {
            return x;
        }
        long[] padded = new long[rank];
        Arrays.fill(padded, 1);
        System.arraycopy(x.shape(), 0, padded, rank - x.rank(), x.rank());
        return x.reshape('c', padded);
    }

    /** {@code x} repeated along its size-1 and missing leading dimensions up to {@code shape}. */
    private static INDArray expand(INDArray x, long[] shape) {
        if (Arrays.equals(x.shape(), shape)) {
            return x;
        }
        if (x.length() == 1) {
            return filled(shape, x.getDouble(0), x.dataType());
        }
        INDArray padded = padRank(x, shape.length);
        // Tile, not INDArray.broadcast: broadcast copies a row vector row by row (0.2 s for 8000 x 10).
        int[] repeats = new int[shape.length];
        for (int d = 0; d < shape.length; d++) {
            repeats[d] = Math.toIntExact(shape[d] / padded.size(d));
        }
        return Nd4j.tile(padded, repeats);
    }

    private static INDArrayIndex[] along(int rank, int dim, INDArrayIndex index) {
        INDArrayIndex[] indices = new INDArrayIndex[rank];
        Arrays.fill(indices, NDArrayIndex.all());
        indices[dim] = index;
        return indices;
    }
}
