package org.dendrite.device.cuda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jcuda.driver.CUcontext;
import jcuda.driver.CUdevice;
import jcuda.driver.CUdevice_attribute;
import jcuda.driver.CUfunction;
import jcuda.driver.CUmodule;
import org.dendrite.device.Device;
import static jcuda.driver.JCudaDriver.cuCtxSetCurrent;
import static jcuda.driver.JCudaDriver.cuCtxSynchronize;
import static jcuda.driver.JCudaDriver.cuDeviceGet;
import static jcuda.driver.JCudaDriver.cuDeviceGetAttribute;
import static jcuda.driver.JCudaDriver.cuDeviceGetName;
import static jcuda.driver.JCudaDriver.cuDevicePrimaryCtxRetain;
import static jcuda.driver.JCudaDriver.cuDeviceTotalMem;
import static jcuda.driver.JCudaDriver.cuMemGetInfo;
import static jcuda.driver.JCudaDriver.cuModuleGetFunction;
import static jcuda.driver.JCudaDriver.cuModuleLoadData;


/**
 * One CUDA GPU, opened through the driver API: its primary context, a pool of device memory
 * ({@link #allocate}), and kernels loaded from PTX resources ({@link #kernel}). Every call makes
 * the context current on the calling thread first, so any thread may use the device.
 */
public final class CudaDevice {

    private static final Map<Integer, CudaDevice> OPEN = new ConcurrentHashMap<>();

    private final int index;
    private final CUdevice device = new CUdevice();
    private final CUcontext context = new CUcontext();
    private final CudaMemoryPool memory;
    private final Map<String, CUmodule> modules = new ConcurrentHashMap<>();
    private final Map<String, CudaKernel> kernels = new ConcurrentHashMap<>();

    private CudaDevice(int index) {
        this.index = index;
        cuDeviceGet(device, index);
        cuDevicePrimaryCtxRetain(context, device);
        this.memory = new CudaMemoryPool(this);
    }

    /** GPU number {@code index}, opened on first use; fails with one line when CUDA or the GPU is missing. */
    public static CudaDevice get(int index) {
        Gpus.require(DriverGpus.INSTANCE, index);
        return OPEN.computeIfAbsent(index, CudaDevice::new);
    }

    /** Makes this GPU's context current on the calling thread. */
    public void makeCurrent() {
        cuCtxSetCurrent(context);
    }

    /** The GPU's name, such as {@code NVIDIA H100 80GB HBM3}. */
    public String name() {
        byte[] name = new byte[256];
        cuDeviceGetName(name, name.length, device);
        int end = 0;
        while (end < name.length && name[end] != 0) {
            end++;
        }
        return new String(name, 0, end, StandardCharsets.US_ASCII);
    }

    /** The GPU's memory in bytes. */
    public long totalMemory() {
        long[] bytes = new long[1];
        cuDeviceTotalMem(bytes, device);
        return bytes[0];
    }

    /** The memory the driver can still hand out, in bytes (memory cached by the pool counts as used). */
    public long freeMemory() {
        makeCurrent();
        long[] free = new long[1];
        long[] total = new long[1];
        cuMemGetInfo(free, total);
        return free[0];
    }

    /** The compute capability, such as {@code 9.0} for an H100. */
    public String computeCapability() {
        int[] major = new int[1];
        int[] minor = new int[1];
        cuDeviceGetAttribute(major, CUdevice_attribute.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, device);
        cuDeviceGetAttribute(minor, CUdevice_attribute.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, device);
        return major[0] + "." + minor[0];
    }

    /**
     * {@code bytes} of device memory, from the pool when a freed block fits. When the GPU is full
     * the pool is emptied and the garbage collector asked for unreachable buffers before failing
     * with a {@link org.dendrite.device.DeviceOutOfMemoryException} naming the requested and the free memory.
     */
    public DeviceBuffer allocate(long bytes) {
        return memory.allocate(bytes);
    }

    /** Bytes held by live buffers (those neither freed nor collected). */
    public long allocatedBytes() {
        return memory.inUseBytes();
    }

    /** Returns the memory cached by the pool to the driver, as {@code torch.cuda.empty_cache()}. */
    public void emptyCache() {
        memory.emptyCache();
    }

    /** Waits until every launched kernel and copy has finished. */
    public void synchronize() {
        makeCurrent();
        cuCtxSynchronize();
    }

    /** The kernel {@code name} of the PTX class-path resource {@code ptxResource}, loaded once. */
    public CudaKernel kernel(String ptxResource, String name) {
        return kernels.computeIfAbsent(ptxResource + "#" + name, key -> {
            makeCurrent();
            CUfunction function = new CUfunction();
            cuModuleGetFunction(function, loadModule(ptxResource), name);
            return new CudaKernel(this, name, function);
        });
    }

    /** The module of the PTX class-path resource {@code ptxResource}, loaded (and JIT-compiled by the driver) once. */
    CUmodule loadModule(String ptxResource) {
        return modules.computeIfAbsent(ptxResource, this::load);
    }

    private CUmodule load(String ptxResource) {
        try (InputStream in = CudaDevice.class.getResourceAsStream(ptxResource)) {
            if (in == null) {
                throw new IllegalStateException("PTX resource " + ptxResource + " is not on the class path; "
                        + "run lib/src/main/cuda/build-ptx.sh and rebuild");
            }
            byte[] ptx = in.readAllBytes();
            CUmodule module = new CUmodule();
            cuModuleLoadData(module, Arrays.copyOf(ptx, ptx.length + 1));
            return module;
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + ptxResource + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "cuda:" + index;
    }
}
