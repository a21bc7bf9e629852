package org.dendrite.tensor.cpu;

import org.dendrite.tensor.DType;
import org.dendrite.tensor.backend.Storage;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A tensor's data on the CPU: an ND4J array. */
public final class Nd4jStorage implements Storage {

    private final INDArray array;

    Nd4jStorage(INDArray array) {
        this.array = array;
        NativeGarbage.allocated(array.length() * array.dataType().width());
    }

    INDArray array() {
        if (array.wasClosed()) {
            throw Storage.usedAfterFree();
        }
        return array;
    }

    @Override
    public long[] shape() {
        return array().shape().clone();
    }

    @Override
    public DType dtype() {
        DataType type = array().dataType();
        return type == DataType.DOUBLE ? DType.FLOAT64 : type == DataType.LONG ? DType.INT64
                : type == DataType.BOOL ? DType.BOOL : DType.FLOAT32;
    }

    @Override
    public void free() {
        if (!array.wasClosed() && array.closeable()) {
            array.close();
        }
    }

    @Override
    public boolean isFreed() {
        return array.wasClosed();
    }
}
