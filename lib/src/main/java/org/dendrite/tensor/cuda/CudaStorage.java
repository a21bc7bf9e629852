package org.dendrite.tensor.cuda;

import org.dendrite.device.cuda.DeviceBuffer;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.backend.Storage;

/**
 * A tensor's data on a GPU: a row-major float32 block of device memory, its shape and its
 * element type. Int64 and bool tensors are float32 blocks holding whole numbers or 0 and 1,
 * with their type recorded here, so that GPU kernels need only one element type.
 */
final class CudaStorage implements Storage {

    private final DeviceBuffer buffer;
    private final long[] shape;
    private final DType dtype;

    CudaStorage(DeviceBuffer buffer, long[] shape) {
        this(buffer, shape, DType.FLOAT32);
    }

    CudaStorage(DeviceBuffer buffer, long[] shape, DType dtype) {
        this.buffer = buffer;
        this.shape = shape.clone();
        this.dtype = dtype;
    }

    /** The same device memory labelled with another element type (the values must already fit it). */
    CudaStorage as(DType type) {
        return new CudaStorage(buffer, shape, type);
    }

    DeviceBuffer buffer() {
        if (buffer.isFreed()) {
            throw Storage.usedAfterFree();
        }
        return buffer;
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
        buffer.free();
    }

    @Override
    public boolean isFreed() {
        return buffer.isFreed();
    }
}
