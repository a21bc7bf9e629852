package org.dendrite.device.cuda;

import static jcuda.driver.JCudaDriver.cuLaunchKernel;

import java.util.Arrays;
import jcuda.Pointer;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.CUfunction;

/** A kernel loaded from PTX, launched with arguments given as Java values. */
public final class CudaKernel {

    /** Threads per block of one-dimensional launches (the kernels' {@code THREADS}). */
    public static final int THREADS = 256;
    /** The rank limit of shapes passed to kernels (the kernels' {@code MAX_RANK}). */
    public static final int MAX_RANK = 8;
    private static final int MAX_BLOCKS = 1 << 16;

    private final CudaDevice device;
    private final String name;
    private final CUfunction function;

    CudaKernel(CudaDevice device, String name, CUfunction function) {
        this.device = device;
        this.name = name;
        this.function = function;
    }

    /**
     * Launches one thread per element of {@code n} (the kernels loop when {@code n} exceeds the
     * grid). Arguments: Integer ({@code int}), Float ({@code float}), {@link DeviceBuffer} (a
     * pointer) or {@code int[]} (a {@code Dims} struct, padded to {@link #MAX_RANK}).
     */
    public void launch(long n, Object... args) {
        int blocks = (int) Math.max(1, Math.min(MAX_BLOCKS, (n + THREADS - 1) / THREADS));
        launch(new int[] {blocks, 1, 1}, new int[] {THREADS, 1, 1}, args);
    }

    /** Launches on a {@code grid} of blocks of {@code block} threads (x, y, z each). */
    public void launch(int[] grid, int[] block, Object... args) {
        Pointer[] parameters = new Pointer[args.length];
        for (int i = 0; i < args.length; i++) {
            parameters[i] = parameter(args[i]);
        }
        device.makeCurrent();
        cuLaunchKernel(function, grid[0], grid[1], grid[2], block[0], block[1], block[2], 0, null,
                Pointer.to(parameters), null);
    }

    private Pointer parameter(Object arg) {
        if (arg instanceof Integer i) {
            return Pointer.to(new int[] {i});
        }
        if (arg instanceof Float f) {
            return Pointer.to(new float[] {f});
        }
        if (arg instanceof DeviceBuffer buffer) {
            return Pointer.to(buffer.pointer());
        }
        if (arg instanceof CUdeviceptr pointer) {
            return Pointer.to(pointer);
        }
        if (arg instanceof int[] dims && dims.length <= MAX_RANK) {
            return Pointer.to(Arrays.copyOf(dims, MAX_RANK));
        }
        throw new IllegalArgumentException("Kernel " + name + ": unsupported argument " + arg
                + " (expected Integer, Float, DeviceBuffer or int[] of at most " + MAX_RANK + " values)");
    }
}
