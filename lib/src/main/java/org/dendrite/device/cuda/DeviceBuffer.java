package org.dendrite.device.cuda;

import java.lang.ref.Cleaner;
import jcuda.driver.CUdeviceptr;

/**
 * A block of GPU memory. {@link #free()} returns it to its device's pool at once; a buffer that
 * becomes unreachable without being freed is returned by a {@link Cleaner} after garbage
 * collection. Either way the block is reused by later allocations of a similar size.
 */
public final class DeviceBuffer {

    private static final Cleaner CLEANER = Cleaner.create();

    private final CUdeviceptr pointer;
    private final long bytes;
    private final Cleaner.Cleanable release;
    private volatile boolean freed;

    DeviceBuffer(CUdeviceptr pointer, long bytes, long blockSize, CudaMemoryPool pool) {
        this.pointer = pointer;
        this.bytes = bytes;
        this.release = CLEANER.register(this, new Release(pool, pointer, blockSize));
    }

    /** The device address. */
    public CUdeviceptr pointer() {
        if (freed) {
            throw new IllegalStateException("This GPU tensor was freed (close() was called); it cannot be used any more");
        }
        return pointer;
    }

    /** The size asked for, in bytes. */
    public long bytes() {
        return bytes;
    }

    /** Returns the memory to the pool now; later calls do nothing. */
    public void free() {
        freed = true;
        release.clean();
    }

    /** Whether {@link #free()} was called. */
    public boolean isFreed() {
        return freed;
    }

    /** The cleaning action: it must not refer to the buffer, or the buffer would never become unreachable. */
    private record Release(CudaMemoryPool pool, CUdeviceptr pointer, long blockSize) implements Runnable {
        @Override
        public void run() {
            pool.release(pointer, blockSize);
        }
    }
}
