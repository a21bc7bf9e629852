package org.dendrite.tensor;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dendrite.device.CpuVariant;
import org.dendrite.device.Device;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.impl.controlflow.Select;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Erf;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Expm1;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Log1p;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Rint;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.AddOp;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.DivOp;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.SubOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The CPU backend: ND4J with the native build picked for this CPU by {@link CpuVariant}.
 * Convolution and pooling run libnd4j's {@code conv2d}, {@code maxpool2d}, {@code avgpool2d}
 * custom operations and their {@code _bp} gradients, which call oneDNN for float32 when the
 * oneDNN variant is loaded.
 */
public final class CpuBackend implements Backend {

    /** The one CPU backend. */
    public static final CpuBackend INSTANCE = new CpuBackend();

    private CpuBackend() {
        CpuVariant.select();
    }

    @Override
    public String name() {
        return "cpu";
    }

    @Override
    public Device device() {
        return Device.cpu();
    }

    @Override
    public Storage fromDoubles(double[] values, long[] shape, DType dtype) {
        INDArray array = shape.length == 0
                ? Nd4j.scalar(values[0])
                : Nd4j.createFromArray(values).reshape('c', shape);
        return wrap(array.castTo(type(dtype)));
    }

    @Override
    public Storage fromFloats(float[] values, long[] shape) {
        INDArray array = shape.length == 0 ? Nd4j.scalar(values[0]) : Nd4j.createFromArray(values).reshape('c', shape);
        return wrap(array);
    }

    @Override
    public double[] toDoubles(Storage x) {
        INDArray a = array(x);
        return a.length() == 0 ? new double[0] : a.dup('c').reshape(a.length()).toDoubleVector();
    }

    @Override
    public float[] toFloats(Storage x) {
        INDArray a = array(x);
        return a.length() == 0 ? new float[0] : a.dup('c').castTo(DataType.FLOAT).reshape(a.length()).toFloatVector();
    }

    @Override
    public Storage full(long[] shape, double value, DType dtype) {
        MemoryGuard.checkRoomFor("full", shape, dtype);
        return wrap(shape.length == 0 ? Nd4j.scalar(type(dtype), value) : Nd4j.valueArrayOf(shape, value, type(dtype)));
    }

    @Override
    public Storage binary(Binary op, Storage a, Storage b, long[] shape) {
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
        INDArray x = array(a);
        INDArray y = array(b);
        long[] outShape = x.shape().clone();
        outShape[outShape.length - 2] = x.size(transposeA ? -1 : -2);
        outShape[outShape.length - 1] = y.size(transposeB ? -2 : -1);
        MemoryGuard.checkRoomFor("matmul", outShape, a.dtype());
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
        INDArray x = array(storage);
        INDArray out = switch (op) {
            case SUM -> x.sum(keepDim, dims);
            case MEAN -> x.mean(keepDim, dims);
            case MAX -> x.max(keepDim, dims);
            case MIN -> x.min(keepDim, dims);
            case ARGMAX -> Nd4j.argMax(x, dims).castTo(x.dataType());
            case ARGMIN -> Nd4j.argMax(x.neg(), dims).castTo(x.dataType());
        };
        return wrap(out.reshape('c', reducedShape(x.shape(), dims, keepDim)));
    }

    @Override
    public Storage variance(Storage storage, int[] dims, boolean keepDim, boolean unbiased) {
        INDArray x = array(storage);
        return wrap(x.var(unbiased, dims).reshape('c', reducedShape(x.shape(), dims, keepDim)));
    }

    @Override
    public Storage reshape(Storage x, long[] shape) {
        INDArray a = array(x);
        return wrap(shape.length == 0 ? Nd4j.scalar(a.dataType(), a.getDouble(0)) : a.reshape('c', shape));
    }

    @Override
    public Storage permute(Storage x, int[] order) {
        return wrap(array(x).permute(order).dup('c'));
    }

    @Override
    public Storage broadcastTo(Storage x, long[] shape) {
        return wrap(expand(array(x), shape));
    }

    @Override
    public Storage slice(Storage x, int dim, long start, long end) {
        INDArray a = array(x);
        return wrap(a.get(along(a.rank(), dim, NDArrayIndex.interval(start, end))).dup('c'));
    }

    @Override
    public Storage indexSelect(Storage x, int dim, long[] indices) {
        INDArray a = array(x);
        return wrap(a.get(along(a.rank(), dim, NDArrayIndex.indices(indices))).dup('c'));
    }

    @Override
    public Storage concat(List<Storage> parts, int dim) {
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
        array(target).assign(array(source));
    }

    @Override
    public Storage cast(Storage x, DType dtype) {
        return wrap(array(x).castTo(type(dtype)));
    }

    @Override
    public boolean hasNonFinite(Storage x) {
        return Arrays.stream(toDoubles(x)).anyMatch(v -> !Double.isFinite(v));
    }

    /** The ND4J array of a CPU tensor. */
    static INDArray array(Storage storage) {
        if (!(storage instanceof Nd4jStorage nd4j)) {
            throw new IllegalArgumentException("Expected a CPU tensor, got one on " + storage.getClass().getSimpleName()
                    + "; move it with tensor.to(Device.cpu())");
        }
        return nd4j.array();
    }

    static Storage wrap(INDArray array) {
        return new Nd4jStorage(array);
    }

    private static DataType type(DType dtype) {
        return dtype == DType.FLOAT64 ? DataType.DOUBLE : DataType.FLOAT;
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
            return shape.length == 0 ? Nd4j.scalar(x.dataType(), x.getDouble(0))
                    : Nd4j.valueArrayOf(shape, x.getDouble(0), x.dataType());
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

    private static long[] reducedShape(long[] shape, int[] dims, boolean keepDim) {
        long[] kept = shape.clone();
        for (int d : dims) {
            kept[d] = -1;
        }
        return keepDim
                ? Arrays.stream(kept).map(s -> s < 0 ? 1 : s).toArray()
                : Arrays.stream(kept).filter(s -> s >= 0).toArray();
    }
}
