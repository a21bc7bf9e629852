package org.dendrite.device.cuda;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import jcuda.CudaException;
import jcuda.driver.CUdeviceptr;
import org.dendrite.device.DeviceOutOfMemoryException;
import static jcuda.driver.JCudaDriver.cuMemAlloc;
import static jcuda.driver.JCudaDriver.cuMemFree;


/**
 * A cache of plain device allocations ({@code cuMemAlloc}), as PyTorch's caching allocator:
 * freed blocks are kept by size and handed out again, because {@code cuMemFree} waits for the
 * whole GPU. Sizes are rounded up (to 512 bytes, above 1 MiB to 1 MiB) so that blocks fit again.
 * Kernels run in order on one stream, so a block reused by a later operation is only written
 * after the earlier operations that read it. Tensors that nobody closes come back only after a
 * garbage collection, which a small Java heap may not need for a long time: so after every
 * quarter of the GPU's memory newly allocated, the pool asks for one.
 */
final class CudaMemoryPool {

    private static final long SMALL = 1 << 20;

    private final CudaDevice device;
    private final Map<Long, ArrayDeque<CUdeviceptr>> cached = new HashMap<>();
    private long inUseBytes;
    private long allocatedSinceCollection;

    CudaMemoryPool(CudaDevice device) {
        this.device = device;
    }

    DeviceBuffer allocate(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("Cannot allocate " + bytes + " bytes");
        }
        long size = blockSize(bytes);
        CUdeviceptr pointer = take(size);
        if (pointer == null) {
            pointer = fresh(size, bytes);
        }
        return new DeviceBuffer(pointer, bytes, size, this);
    }

    static long blockSize(long bytes) {
        long unit = bytes <= SMALL ? 512 : SMALL;
        return Math.max(unit, (bytes + unit - 1) / unit * unit);
    }

    synchronized void release(CUdeviceptr pointer, long size) {
        cached.computeIfAbsent(size, s -> new ArrayDeque<>()).push(pointer);
        inUseBytes -= size;
    }

    synchronized long inUseBytes() {
        return inUseBytes;
    }

    synchronized void emptyCache() {
        device.makeCurrent();
        cached.values().forEach(blocks -> blocks.forEach(p -> cuMemFree(p)));
        cached.clear();
    }

    private synchronized CUdeviceptr take(long size) {
        ArrayDeque<CUdeviceptr> blocks = cached.get(size);
        CUdeviceptr pointer = blocks == null ? null : blocks.poll();
        if (pointer != null) {
            inUseBytes += size;
        }
        return pointer;
    }

    /** A new block; when the GPU is full, first empty the cache, then collect unreachable buffers. */
    private CUdeviceptr fresh(long size, long requested) {
        for (int attempt = 0; ; attempt++) {
            try {
                device.makeCurrent();
                CUdeviceptr pointer = new CUdeviceptr();
                cuMemAlloc(pointer, size);
                boolean collect;
                synchronized (this) {
                    inUseBytes += size;
                    allocatedSinceCollection += size;
                    collect = allocatedSinceCollection > device.totalMemory() / 4;
                    if (collect) {
                        allocatedSinceCollection = 0;
                    }
                }
                if (collect) {
                    System.gc();
                }
                return pointer;
            } catch (CudaException e) {
                if (!String.valueOf(e.getMessage()).contains("CUDA_ERROR_OUT_OF_MEMORY")) {
                    throw e;
                }
                if (attempt == 2) {
                    throw new DeviceOutOfMemoryException(device.toString(), requested, device.freeMemory(), device.totalMemory());
                }
                if (attempt == 1) {
                    collectUnreachableBuffers();
                }
                emptyCache();
            }
        }
    }

    private static void collectUnreachableBuffers() {
        System.gc();
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
