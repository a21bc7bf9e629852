package org.dendrite.tensor.cuda;

import java.util.Arrays;
import java.util.List;
import jcuda.Pointer;
import jcuda.driver.CUdeviceptr;
import org.dendrite.device.Device;
import org.dendrite.device.cuda.CudaDevice;
import org.dendrite.device.cuda.CudaKernel;
import org.dendrite.device.cuda.DeviceBuffer;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.Window2d;
import org.dendrite.tensor.backend.Backend;
import org.dendrite.tensor.backend.GatherIndex;
import org.dendrite.tensor.backend.Precision;
import org.dendrite.tensor.backend.Shapes;
import org.dendrite.tensor.backend.Storage;
import static jcuda.driver.JCudaDriver.cuMemcpyDtoD;
import static jcuda.driver.JCudaDriver.cuMemcpyDtoH;
import static jcuda.driver.JCudaDriver.cuMemcpyHtoD;


/**
 * The GPU backend: float32 tensors in device memory (int64 and bool ones as float32 blocks
 * with their type recorded, see {@link CudaStorage}), computed by the CUDA C kernels of
 * {@code lib/src/main/cuda} (compiled to the PTX resources in {@code kernels/}) through JCuda's
 * driver API. Values stay on the GPU between operations; only {@link #toDoubles},
 * {@link #toFloats}, index lists and anomaly checks cross to the host.
 */
public final class CudaBackend implements Backend {

    private static final String ELEMENTWISE = "/org/dendrite/tensor/kernels/elementwise.ptx";
    private static final String COPY = "/org/dendrite/tensor/kernels/copy.ptx";
    private static final String REDUCE = "/org/dendrite/tensor/kernels/reduce.ptx";
    private static final String MATMUL = "/org/dendrite/tensor/kernels/matmul.ptx";
    private static final String CONV = "/org/dendrite/tensor/kernels/conv.ptx";
    private static final String POOL = "/org/dendrite/tensor/kernels/pool.ptx";
    private static final int MATMUL_TILE = 64;
    private static final int MATMUL_SIDE = 16;
    private static final int MAX_GRID = 65535;

    private final Device device;
    private final CudaDevice gpu;

    public CudaBackend(Device device) {
        this.device = device;
        this.gpu = CudaDevice.get(device.index());
    }

    @Override
    public String name() {
        return device.toString();
    }

    @Override
    public Device device() {
        return device;
    }

    // ---- moving values in and out -----------------------------------------------------------

    @Override
    public Storage fromDoubles(double[] values, long[] shape, DType dtype) {
        requireNotFloat64(dtype);
        float[] floats = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            floats[i] = (float) inType(values[i], dtype);
        }
        return ((CudaStorage) fromFloats(floats, shape)).as(dtype);
    }

    @Override
    public Storage fromFloats(float[] values, long[] shape) {
        CudaStorage out = allocate(shape);
        if (values.length > 0) {
            gpu.makeCurrent();
            cuMemcpyHtoD(out.buffer().pointer(), Pointer.to(values), (long) values.length * Float.BYTES);
        }
        return out;
    }

    @Override
    public double[] toDoubles(Storage x) {
        return Precision.widen(toFloats(x));
    }

    @Override
    public float[] toFloats(Storage x) {
        float[] out = new float[count(x.shape())];
        if (out.length > 0) {
            gpu.makeCurrent();
            cuMemcpyDtoH(Pointer.to(out), buffer(x).pointer(), (long) out.length * Float.BYTES);
        }
        return out;
    }

    @Override
    public Storage full(long[] shape, double value, DType dtype) {
        requireNotFloat64(dtype);
        CudaStorage out = allocate(shape);
        int n = count(shape);
        kernel(ELEMENTWISE, "fill").launch(n, n, (float) inType(value, dtype), out.buffer());
        return out.as(dtype);
    }

    // ---- element-wise -----------------------------------------------------------------------

    @Override
    public Storage binary(Binary op, Storage a, Storage b, long[] shape) {
        CudaStorage out = allocate(shape);
        int n = count(shape);
        if (Arrays.equals(a.shape(), shape) && Arrays.equals(b.shape(), shape)) {
            kernel(ELEMENTWISE, "binary_same").launch(n, op.ordinal(), n, buffer(a), buffer(b), out.buffer());
        } else {
            kernel(ELEMENTWISE, "binary_broadcast").launch(n, op.ordinal(), n, shape.length, dims(shape),
                    broadcastStrides(a.shape(), shape), broadcastStrides(b.shape(), shape), buffer(a), buffer(b), out.buffer());
        }
        return out;
    }

    @Override
    public Storage binaryScalar(Binary op, Storage a, double scalar) {
        CudaStorage out = allocate(a.shape());
        int n = count(a.shape());
        kernel(ELEMENTWISE, "binary_scalar").launch(n, op.ordinal(), n, (float) scalar, buffer(a), out.buffer());
        return out;
    }

    @Override
    public Storage unary(Unary op, Storage x, double param) {
        CudaStorage out = allocate(x.shape());
        int n = count(x.shape());
        kernel(ELEMENTWISE, "unary").launch(n, op.ordinal(), n, (float) param, buffer(x), out.buffer());
        return out;
    }

    @Override
    public Storage where(Storage mask, Storage a, Storage b, long[] shape) {
        CudaStorage out = allocate(shape);
        int n = count(shape);
        kernel(ELEMENTWISE, "where_broadcast").launch(n, n, shape.length, dims(shape), broadcastStrides(mask.shape(), shape),
                broadcastStrides(a.shape(), shape), broadcastStrides(b.shape(), shape),
                buffer(mask), buffer(a), buffer(b), out.buffer());
        return out;
    }

    // ---- matrices and reductions ------------------------------------------------------------

    /** No GPU kernel: the decomposition is LAPACK's, on the CPU. */
    @Override
    public Storage[] svd(Storage x) {
        throw new UnsupportedOperationException("svd runs on the CPU (LAPACK); move the matrix there first: "
                + "matrix.to(Device.cpu()).svd()");
    }

    /** The tiled SGEMM kernel, once per matrix of the batch (in chunks of the grid's z limit). */
    @Override
    public Storage matmul(Storage a, Storage b, boolean transposeA, boolean transposeB) {
        long[] sa = a.shape();
        long[] sb = b.shape();
        int m = (int) sa[sa.length - (transposeA ? 1 : 2)];
        int k = (int) sa[sa.length - (transposeA ? 2 : 1)];
        int n = (int) sb[sb.length - (transposeB ? 2 : 1)];
        long[] shape = sa.clone();
        shape[shape.length - 2] = m;
        shape[shape.length - 1] = n;
        CudaStorage out = allocate(shape);
        count(sa);
        count(sb);
        int batches = m == 0 || n == 0 ? 0 : count(shape) / (m * n);
        gemm(batches, m, n, k, buffer(a), m * k, transposeA, buffer(b), k * n, transposeB, out.buffer(), m * n);
        return out;
    }

    /**
     * {@code C[z] = op(A[z]) op(B[z])} for z below {@code batches}: M x K times K x N, row-major,
     * matrix z at {@code z * stride} (0 shares one matrix); op transposes a matrix stored the
     * other way round. Launched in chunks of the grid's z limit.
     */
    private void gemm(int batches, int m, int n, int k, DeviceBuffer a, int aStride, boolean transposeA,
                      DeviceBuffer b, int bStride, boolean transposeB, DeviceBuffer c, int cStride) {
        CudaKernel sgemm = kernel(MATMUL, "sgemm");
        int[] block = {MATMUL_SIDE, MATMUL_SIDE, 1};
        for (int first = 0; first < batches; first += MAX_GRID) {
            int chunk = Math.min(MAX_GRID, batches - first);
            int[] grid = {(n + MATMUL_TILE - 1) / MATMUL_TILE, (m + MATMUL_TILE - 1) / MATMUL_TILE, chunk};
            sgemm.launch(grid, block, m, n, k, offset(a, (long) first * aStride), aStride, transposeA ? 1 : 0,
                    offset(b, (long) first * bStride), bStride, transposeB ? 1 : 0, offset(c, (long) first * cStride), cStride);
        }
    }

    // ---- convolution and pooling ------------------------------------------------------------

    /** im2col, then one product per image: weight (O x C*KH*KW) times columns (C*KH*KW x H'*W'). */
    @Override
    public Storage conv2d(Storage input, Storage weight, Storage bias, Window2d window) {
        ConvShape s = new ConvShape(input.shape(), weight.shape(), window);
        DeviceBuffer cols = im2col(input, s, window);
        long[] outShape = {s.images, s.outChannels, s.outHeight, s.outWidth};
        CudaStorage out = allocate(outShape);
        gemm(s.images, s.outChannels, s.pixels, s.patch, buffer(weight), 0, false, cols, s.patch * s.pixels, false,
                out.buffer(), s.outChannels * s.pixels);
        cols.free();
        if (bias != null) {
            int n = count(outShape);
            kernel(ELEMENTWISE, "binary_broadcast").launch(n, Binary.ADD.ordinal(), n, 4, dims(outShape),
                    rowMajorStrides(outShape), new int[] {0, 1, 0, 0}, out.buffer(), buffer(bias), out.buffer());
        }
        return out;
    }

    /**
     * The weight gradient is, per image, the output gradient times the columns transposed,
     * summed over images; the input gradient is the weight transposed times the output gradient,
     * folded back into images by col2im.
     */
    @Override
    public Storage[] conv2dBackward(Storage input, Storage weight, Storage gradOutput, Window2d window) {
        ConvShape s = new ConvShape(input.shape(), weight.shape(), window);
        DeviceBuffer cols = im2col(input, s, window);
        CudaStorage perImage = allocate(new long[] {s.images, (long) s.outChannels * s.patch});
        gemm(s.images, s.outChannels, s.patch, s.pixels, buffer(gradOutput), s.outChannels * s.pixels, false,
                cols, s.patch * s.pixels, true, perImage.buffer(), s.outChannels * s.patch);
        CudaStorage summed = (CudaStorage) reduce(Reduction.SUM, perImage, new int[] {0}, false);
        perImage.free();
        Storage gradWeight = new CudaStorage(summed.buffer(), weight.shape());
        gemm(s.images, s.patch, s.pixels, s.outChannels, buffer(weight), 0, true, buffer(gradOutput),
                s.outChannels * s.pixels, false, cols, s.patch * s.pixels);
        long[] inShape = input.shape();
        CudaStorage gradInput = allocate(inShape);
        int n = count(inShape);
        kernel(CONV, "col2im").launch(n, n, s.channels, s.height, s.width, s.outHeight, s.outWidth, windowArgument(window),
                cols, gradInput.buffer());
        cols.free();
        return new Storage[] {gradInput, gradWeight};
    }

    @Override
    public Storage pool2d(Pool kind, Storage input, Window2d window) {
        long[] in = input.shape();
        long[] outShape = {in[0], in[1], window.outputHeight(in[2]), window.outputWidth(in[3])};
        CudaStorage out = allocate(outShape);
        int n = count(outShape);
        kernel(POOL, kind == Pool.MAX ? "max_pool" : "avg_pool").launch(n, n, (int) in[2], (int) in[3], (int) outShape[2],
                (int) outShape[3], windowArgument(window), buffer(input), out.buffer());
        return out;
    }

    @Override
    public Storage pool2dBackward(Pool kind, Storage input, Storage gradOutput, Window2d window) {
        long[] in = input.shape();
        long[] outShape = gradOutput.shape();
        Storage gradInput = full(in, 0, DType.FLOAT32);
        int n = count(outShape);
        Object[] sizes = {n, (int) in[2], (int) in[3], (int) outShape[2], (int) outShape[3], windowArgument(window)};
        if (kind == Pool.MAX) {
            kernel(POOL, "max_pool_backward").launch(n, concat(sizes, buffer(input), buffer(gradOutput), buffer(gradInput)));
        } else {
            kernel(POOL, "avg_pool_backward").launch(n, concat(sizes, buffer(gradOutput), buffer(gradInput)));
        }
        return gradInput;
    }

    /** The sizes of a convolution: images, channels in and out, input and output planes, patch length. */
    private record ConvShape(int images, int channels, int height, int width, int outChannels, int outHeight,
                             int outWidth, int patch, int pixels) {
        ConvShape(long[] in, long[] w, Window2d window) {
            this((int) in[0], (int) in[1], (int) in[2], (int) in[3], (int) w[0], window.outputHeight(in[2]),
                    window.outputWidth(in[3]), (int) (w[1] * w[2] * w[3]),
                    window.outputHeight(in[2]) * window.outputWidth(in[3]));
        }
    }

    /** The columns of every image: N x (C * KH * KW) x (H' * W'). */
    private DeviceBuffer im2col(Storage input, ConvShape s, Window2d window) {
        long[] colsShape = {s.images, s.patch, s.pixels};
        int n = count(colsShape);
        DeviceBuffer cols = gpu.allocate((long) n * Float.BYTES);
        kernel(CONV, "im2col").launch(n, n, s.channels, s.height, s.width, s.outHeight, s.outWidth, windowArgument(window),
                buffer(input), cols);
        return cols;
    }

    private static int[] windowArgument(Window2d w) {
        return new int[] {w.kernelHeight(), w.kernelWidth(), w.strideHeight(), w.strideWidth(), w.paddingHeight(), w.paddingWidth()};
    }

    private static Object[] concat(Object[] first, Object... rest) {
        Object[] all = Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }

    /** Reduces the rows of a matrix whose columns are the reduced dimensions, moved last when they are not. */
    @Override
    public Storage reduce(Reduction op, Storage x, int[] dims, boolean keepDim) {
        long[] shape = x.shape();
        int[] reduced = Arrays.stream(dims).sorted().distinct().toArray();
        int[] kept = java.util.stream.IntStream.range(0, shape.length)
                .filter(d -> Arrays.binarySearch(reduced, d) < 0).toArray();
        int[] order = java.util.stream.IntStream.concat(Arrays.stream(kept), Arrays.stream(reduced)).toArray();
        boolean inOrder = java.util.stream.IntStream.range(0, order.length).allMatch(i -> order[i] == i);
        Storage rows = inOrder ? x : permute(x, order);
        long length = Arrays.stream(reduced).mapToLong(d -> shape[d]).reduce(1, (p, q) -> p * q);
        CudaStorage out = allocate(Shapes.reduced(shape, reduced, keepDim));
        int rowCount = length == 0 ? 0 : (int) (count(shape) / length);
        if (rowCount > 0) {
            kernel(REDUCE, "reduce_rows").launch(new int[] {Math.min(rowCount, MAX_GRID), 1, 1},
                    new int[] {CudaKernel.THREADS, 1, 1}, op.ordinal(), rowCount, (int) length, buffer(rows), out.buffer());
        }
        if (rows != x) {
            rows.free();
        }
        return out;
    }

    @Override
    public Storage variance(Storage x, int[] dims, boolean keepDim, boolean unbiased) {
        long n = Arrays.stream(dims).mapToLong(d -> x.shape()[d]).reduce(1, (p, q) -> p * q);
        Storage mean = reduce(Reduction.MEAN, x, dims, true);
        Storage centred = binary(Binary.SUB, x, mean, x.shape());
        Storage squares = binary(Binary.MUL, centred, centred, x.shape());
        Storage sum = reduce(Reduction.SUM, squares, dims, keepDim);
        Storage out = binaryScalar(Binary.DIV, sum, unbiased ? n - 1 : n);
        List.of(mean, centred, squares, sum).forEach(Storage::free);
        return out;
    }

    // ---- shapes and indexing ----------------------------------------------------------------

    @Override
    public Storage reshape(Storage x, long[] shape) {
        CudaStorage out = allocate(shape);
        copy(x, out);
        return out.as(x.dtype());
    }

    @Override
    public Storage permute(Storage x, int[] order) {
        long[] from = x.shape();
        int[] strides = rowMajorStrides(from);
        long[] shape = new long[order.length];
        int[] readStrides = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            shape[i] = from[order[i]];
            readStrides[i] = strides[order[i]];
        }
        return copyStrided(x, shape, readStrides, 0).as(x.dtype());
    }

    @Override
    public Storage broadcastTo(Storage x, long[] shape) {
        return copyStrided(x, shape, broadcastStrides(x.shape(), shape), 0).as(x.dtype());
    }

    @Override
    public Storage slice(Storage x, int dim, long start, long end) {
        long[] shape = x.shape();
        int[] strides = rowMajorStrides(shape);
        shape[dim] = end - start;
        return copyStrided(x, shape, strides, (int) (start * strides[dim])).as(x.dtype());
    }

    @Override
    public Storage indexSelect(Storage x, int dim, long[] indices) {
        long[] shape = x.shape();
        shape[dim] = indices.length;
        int n = count(shape);
        long inner = 1;
        for (int d = shape.length - 1; d > dim; d--) {
            inner *= shape[d];
        }
        long[] index = new long[n];
        for (int i = 0; i < n; i++) {
            index[i] = indices[(int) ((i / inner) % indices.length)];
        }
        return gather(x, dim, index, shape);
    }

    @Override
    public Storage concat(List<Storage> parts, int dim) {
        long[] shape = parts.get(0).shape();
        shape[dim] = parts.stream().mapToLong(p -> p.shape()[dim]).sum();
        CudaStorage out = allocate(shape);
        int[] outStrides = rowMajorStrides(shape);
        long along = 0;
        for (Storage part : parts) {
            long[] partShape = part.shape();
            int n = count(partShape);
            kernel(COPY, "copy_strided").launch(n, n, partShape.length, dims(partShape), rowMajorStrides(partShape), 0,
                    outStrides, (int) (along * outStrides[dim]), buffer(part), out.buffer());
            along += partShape[dim];
        }
        return out.as(parts.get(0).dtype());
    }

    @Override
    public Storage gather(Storage x, int dim, long[] index, long[] indexShape) {
        CudaStorage out = allocate(indexShape);
        DeviceBuffer offsets = offsets(new GatherIndex(x.shape(), dim, index, indexShape), index.length);
        kernel(COPY, "gather").launch(index.length, index.length, offsets, buffer(x), out.buffer());
        offsets.free();
        return out.as(x.dtype());
    }

    @Override
    public Storage scatterAdd(long[] shape, int dim, long[] index, long[] indexShape, Storage values) {
        Storage out = full(shape, 0, DType.FLOAT32);
        DeviceBuffer offsets = offsets(new GatherIndex(shape, dim, index, indexShape), index.length);
        kernel(COPY, "scatter_add").launch(index.length, index.length, offsets, buffer(values), buffer(out));
        offsets.free();
        return out;
    }

    @Override
    public void assign(Storage target, Storage source) {
        copy(source, target);
    }

    @Override
    public Storage cast(Storage x, DType dtype) {
        requireNotFloat64(dtype);
        CudaStorage copy = (CudaStorage) reshape(x, x.shape());
        if (dtype == DType.BOOL && x.dtype() != DType.BOOL) {
            Storage zero = binaryScalar(Binary.EQ, copy, 0);
            Storage negated = binaryScalar(Binary.MUL, zero, -1);
            CudaStorage nonZero = (CudaStorage) binaryScalar(Binary.ADD, negated, 1);
            List.of(copy, zero, negated).forEach(Storage::free);
            return nonZero.as(dtype);
        }
        if (dtype == DType.INT64 && x.dtype().isFloatingPoint()) {
            Storage magnitude = unary(Unary.ABS, copy, 0);
            Storage whole = unary(Unary.FLOOR, magnitude, 0);
            Storage sign = unary(Unary.SIGN, copy, 0);
            CudaStorage truncated = (CudaStorage) binary(Binary.MUL, sign, whole, x.shape());
            List.of(copy, magnitude, whole, sign).forEach(Storage::free);
            return truncated.as(dtype);
        }
        return copy.as(dtype);
    }

    @Override
    public boolean hasNonFinite(Storage x) {
        for (float v : toFloats(x)) {
            if (!Float.isFinite(v)) {
                return true;
            }
        }
        return false;
    }

    // ---- helpers ----------------------------------------------------------------------------

    private CudaKernel kernel(String module, String name) {
        return gpu.kernel(module, name);
    }

    /** Fresh device memory for a float32 tensor of {@code shape}. */
    private CudaStorage allocate(long[] shape) {
        DeviceBuffer buffer = gpu.allocate(Shapes.numel(shape) * Float.BYTES);
        if (shape.length > CudaKernel.MAX_RANK || Shapes.numel(shape) > Integer.MAX_VALUE) {
            buffer.free();
            count(shape);
        }
        return new CudaStorage(buffer, shape);
    }

    private void copy(Storage from, Storage to) {
        long bytes = (long) count(from.shape()) * Float.BYTES;
        if (bytes > 0) {
            gpu.makeCurrent();
            cuMemcpyDtoD(buffer(to).pointer(), buffer(from).pointer(), bytes);
        }
    }

    /** A new tensor of {@code shape} whose element at coordinate c is {@code x[offset + c . strides]}. */
    private CudaStorage copyStrided(Storage x, long[] shape, int[] strides, int offset) {
        CudaStorage out = allocate(shape);
        int n = count(shape);
        kernel(COPY, "copy_strided").launch(n, n, shape.length, dims(shape), strides, offset,
                rowMajorStrides(shape), 0, buffer(x), out.buffer());
        return out;
    }

    /** The source offsets of a gather, uploaded as 32-bit ints. */
    private DeviceBuffer offsets(GatherIndex positions, int n) {
        int[] offsets = new int[n];
        for (int i = 0; i < n; i++) {
            offsets[i] = positions.sourceOffset(i);
        }
        DeviceBuffer buffer = gpu.allocate((long) n * Integer.BYTES);
        if (n > 0) {
            gpu.makeCurrent();
            cuMemcpyHtoD(buffer.pointer(), Pointer.to(offsets), (long) n * Integer.BYTES);
        }
        return buffer;
    }

    private static CUdeviceptr offset(DeviceBuffer buffer, long elements) {
        return buffer.pointer().withByteOffset(elements * Float.BYTES);
    }

    private static DeviceBuffer buffer(Storage storage) {
        if (!(storage instanceof CudaStorage cuda)) {
            throw new IllegalArgumentException("Expected a GPU tensor, got a CPU one; move it with tensor.to(device)");
        }
        return cuda.buffer();
    }

    private static void requireNotFloat64(DType dtype) {
        if (dtype == DType.FLOAT64) {
            throw new IllegalArgumentException("GPU tensors are float32 (int64 and bool are held as float32); compute in "
                    + dtype + " on Device.cpu()");
        }
    }

    /** {@code value} as {@code dtype} holds it: truncated toward zero for int64, 0 or 1 for bool. */
    private static double inType(double value, DType dtype) {
        return switch (dtype) {
            case INT64 -> value < 0 ? Math.ceil(value) : Math.floor(value);
            case BOOL -> value != 0 ? 1 : 0;
            default -> value;
        };
    }

    /** Float32, the only type the kernels compute in; int64 values are exact up to 2^24. */
    @Override
    public DType computeType() {
        return DType.FLOAT32;
    }

    /** The element count as the kernels' int, or an error naming the shape. */
    private static int count(long[] shape) {
        if (shape.length > CudaKernel.MAX_RANK) {
            throw new IllegalArgumentException("GPU kernels take at most " + CudaKernel.MAX_RANK
                    + " dimensions; shape " + Shapes.format(shape) + " has " + shape.length);
        }
        long n = Shapes.numel(shape);
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("A GPU tensor holds at most 2^31 - 1 elements (the kernels index with int); shape "
                    + Shapes.format(shape) + " has " + n);
        }
        return (int) n;
    }

    private static int[] dims(long[] shape) {
        return Arrays.stream(shape).mapToInt(Math::toIntExact).toArray();
    }

    static int[] rowMajorStrides(long[] shape) {
        int[] strides = new int[shape.length];
        long stride = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = (int) stride;
            stride *= shape[d];
        }
        return strides;
    }

    /** Strides that read a tensor of shape {@code from} as if broadcast to {@code to}: 0 along repeated dimensions. */
    static int[] broadcastStrides(long[] from, long[] to) {
        int[] own = rowMajorStrides(from);
        int[] strides = new int[to.length];
        int lead = to.length - from.length;
        for (int d = lead; d < to.length; d++) {
            strides[d] = from[d - lead] == 1 && to[d] != 1 ? 0 : own[d - lead];
        }
        return strides;
    }
}
