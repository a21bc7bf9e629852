package org.dendrite.tensor;

import org.dendrite.device.DeviceBuffer;

/** A tensor's data on a GPU: a row-major float32 block of device memory and its shape. */
final class CudaStorage implements Storage {

    private final DeviceBuffer buffer;
    private final long[] shape;

    CudaStorage(DeviceBuffer buffer, long[] shape) {
        this.buffer = buffer;
        this.shape = shape.clone();
    }

    DeviceBuffer buffer() {
        if (buffer.isFreed()) {
            throw new IllegalStateException("This tensor was freed (close() was called); it cannot be used any more");
        }
        return buffer;
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    @Override
    public DType dtype() {
        return DType.FLOAT32;
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
