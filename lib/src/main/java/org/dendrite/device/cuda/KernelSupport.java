package org.dendrite.device.cuda;

import java.util.ArrayList;
import java.util.List;

/**
 * What the GPU kernels (the PTX that {@code lib/src/main/cuda/build-ptx.sh} makes) need of a GPU
 * and its driver, and one line saying what is missing when a GPU cannot load them. The driver
 * compiles PTX for the GPU at hand only when it knows the PTX's ISA version and the GPU is at
 * least the PTX's target.
 */
public final class KernelSupport {

    /** The PTX ISA the kernels declare ({@code .version}): the newest that a CUDA 12.0 driver knows. */
    static final String PTX_ISA = "8.0";
    /** The compute capability the kernels target ({@code .target sm_75}): Turing, the T4's. */
    static final String MIN_COMPUTE_CAPABILITY = "7.5";
    /** The oldest CUDA version whose driver knows {@link #PTX_ISA}. */
    static final String MIN_CUDA = "12.0";
    /** The Linux driver release of CUDA 12.0. */
    static final String MIN_DRIVER = "525.60.13";
    /**
     * The module loaded to check a GPU: the one every GPU tensor needs. Every PTX file declares
     * the same ISA and target, so where this one loads, the others do.
     */
    static final String PROBE_PTX = "/org/dendrite/tensor/kernels/elementwise.ptx";

    private KernelSupport() {
    }

    /**
     * {@code cannot load Dendrite's kernels (CUDA_ERROR_UNSUPPORTED_PTX_VERSION): they need a
     * driver for CUDA 12.0 or newer (525.60.13 or newer)}: the driver's error and what {@code gpu}
     * lacks.
     */
    public static String cannotLoad(GpuDescription gpu, Throwable failure) {
        String error = String.valueOf(failure.getMessage()).lines().findFirst().orElse("").strip();
        return "cannot load Dendrite's kernels (" + error + "): " + needs(gpu, error);
    }

    private static String needs(GpuDescription gpu, String error) {
        if (error.contains("CUDA_ERROR_JIT_COMPILER_NOT_FOUND")) {
            return "they need the driver's PTX JIT compiler (libnvidia-ptxjitcompiler.so.1), missing from this installation";
        }
        if (error.contains("CUDA_ERROR_JIT_COMPILATION_DISABLED")) {
            return "they need the driver's PTX JIT compiler, turned off here (unset CUDA_DISABLE_PTX_JIT)";
        }
        List<String> missing = new ArrayList<>();
        if (older(gpu.computeCapability(), MIN_COMPUTE_CAPABILITY)) {
            missing.add("a GPU of compute capability " + MIN_COMPUTE_CAPABILITY + " (Turing) or newer");
        }
        if (older(gpu.cudaVersion(), MIN_CUDA)) {
            missing.add("a driver for CUDA " + MIN_CUDA + " or newer (" + MIN_DRIVER + " or newer)");
        }
        if (missing.isEmpty()) {
            return "they need compute capability " + MIN_COMPUTE_CAPABILITY + " or newer and a driver for CUDA "
                    + MIN_CUDA + " or newer, which this GPU has, so the driver's error is the cause";
        }
        return "they need " + String.join(" and ", missing);
    }

    /** Whether {@code version} ({@code major.minor}) is older than {@code minimum}. */
    static boolean older(String version, String minimum) {
        int[] v = majorMinor(version);
        int[] m = majorMinor(minimum);
        return v[0] != m[0] ? v[0] < m[0] : v[1] < m[1];
    }

    private static int[] majorMinor(String version) {
        String[] parts = version.split("\\.");
        return new int[] {Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0};
    }
}
