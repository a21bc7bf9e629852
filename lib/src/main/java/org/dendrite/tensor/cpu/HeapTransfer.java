package org.dendrite.tensor.cpu;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.dendrite.tensor.DType;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Copies between {@link HeapStorage} and ND4J arrays: one bulk copy between the Java array and
 * the native buffer ({@code Nd4j.createFromArray} copies element by element, 230 µs for 64,000
 * floats where this takes 15).
 */
final class HeapTransfer {

    private HeapTransfer() {
    }

    /** A new ND4J array holding {@code x}'s values. */
    static INDArray toNd4j(HeapStorage x) {
        long[] shape = x.shape();
        boolean doubles = x.dtype() == DType.FLOAT64;
        if (shape.length == 0) {
            return Nd4j.scalar(doubles ? DataType.DOUBLE : DataType.FLOAT, x.get(0));
        }
        INDArray out = Nd4j.create(doubles ? DataType.DOUBLE : DataType.FLOAT, shape, 'c');
        if (x.size() > 0) {
            if (doubles) {
                ((DoublePointer) out.data().pointer()).put(x.doubles(), 0, x.size());
            } else {
                ((FloatPointer) out.data().pointer()).put(x.floats(), 0, x.size());
            }
        }
        return out;
    }

    /** {@code a}'s values on the heap, in row-major order; {@code a} must be float32 or float64. */
    static HeapStorage toHeap(INDArray a) {
        long[] shape = a.shape();
        int n = Math.toIntExact(a.length());
        INDArray dense = a.isView() || a.ordering() != 'c' || a.data().length() != n ? a.dup('c') : a;
        if (a.dataType() == DataType.DOUBLE) {
            double[] values = new double[n];
            if (n > 0) {
                ((DoublePointer) dense.data().pointer()).get(values, 0, n);
            }
            return HeapStorage.ofDoubles(values, shape);
        }
        float[] values = new float[n];
        if (n > 0) {
            ((FloatPointer) dense.castTo(DataType.FLOAT).data().pointer()).get(values, 0, n);
        }
        return HeapStorage.ofFloats(values, shape);
    }
}
