package org.dendrite.tensor.cpu;

import org.dendrite.tensor.DType;
import org.dendrite.tensor.backend.Shapes;
import org.dendrite.tensor.backend.Storage;

/**
 * A small float32 or float64 tensor's data on the Java heap: one row-major array and its shape.
 * {@link CpuBackend} computes on these with plain Java loops, which the JIT vectorises, instead of
 * paying ND4J's 20-60 µs of dispatch per call; see {@link CpuBackend#HEAP_LIMIT}.
 */
public final class HeapStorage implements Storage {

    private final long[] shape;
    private final DType dtype;
    private final int size;
    private Object data;

    private HeapStorage(Object data, int size, long[] shape, DType dtype) {
        this.data = data;
        this.size = size;
        this.shape = shape.clone();
        this.dtype = dtype;
    }

    /** A float32 tensor holding {@code values} (not copied). */
    static HeapStorage ofFloats(float[] values, long[] shape) {
        return new HeapStorage(values, values.length, shape, DType.FLOAT32);
    }

    /** A float64 tensor holding {@code values} (not copied). */
    static HeapStorage ofDoubles(double[] values, long[] shape) {
        return new HeapStorage(values, values.length, shape, DType.FLOAT64);
    }

    /** A zero tensor of {@code shape}. */
    static HeapStorage zeros(long[] shape, DType dtype) {
        int n = Math.toIntExact(Shapes.numel(shape));
        return dtype == DType.FLOAT64 ? ofDoubles(new double[n], shape) : ofFloats(new float[n], shape);
    }

    /** The same array seen with another shape of as many elements (a view, as ND4J's reshape). */
    HeapStorage withShape(long[] newShape) {
        return new HeapStorage(array(), size, newShape, dtype);
    }

    /** The float32 values; only for FLOAT32 storage. */
    public float[] floats() {
        return (float[]) array();
    }

    /** The float64 values; only for FLOAT64 storage. */
    public double[] doubles() {
        return (double[]) array();
    }

    /** The array itself (a float[] or a double[]), for copies with {@link System#arraycopy}. */
    Object array() {
        if (data == null) {
            throw Storage.usedAfterFree();
        }
        return data;
    }

    /** Element {@code i} in row-major order. */
    double get(int i) {
        return dtype == DType.FLOAT32 ? floats()[i] : doubles()[i];
    }

    /** The number of elements. */
    int size() {
        return size;
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    @Override
    public DType dtype() {
        return dtype;
    }

    @Override
    public void free() {
        data = null;
    }

    @Override
    public boolean isFreed() {
        return data == null;
    }
}
