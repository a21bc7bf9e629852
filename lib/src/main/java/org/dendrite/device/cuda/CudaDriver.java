package org.dendrite.device.cuda;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jcuda.CudaException;
import jcuda.driver.JCudaDriver;
import org.dendrite.device.Device;

/**
 * Whether CUDA can be used here. The first question loads JCuda's driver binding (which needs
 * {@code libcuda.so.1}, installed with the NVIDIA driver) and asks the driver for its devices;
 * the answer, or the one-line reason why there is none, is kept for the life of the JVM.
 */
public final class CudaDriver {

    private static volatile Probe probe;

    private CudaDriver() {
    }

    /** Whether the driver loads and reports at least one device. */
    public static boolean isAvailable() {
        return probe().deviceCount() > 0;
    }

    /** The number of CUDA devices; 0 where CUDA is not available. */
    public static int deviceCount() {
        return probe().deviceCount();
    }

    /** Why CUDA is not available, in one line, such as {@code no CUDA driver (libcuda.so.1 not found)}; null when it is. */
    public static String unavailableReason() {
        return probe().reason();
    }

    /** The CUDA version the driver supports, such as {@code 13.0}. */
    public static String cudaVersion() {
        Gpus.require(DriverGpus.INSTANCE, 0);
        int[] version = new int[1];
        JCudaDriver.cuDriverGetVersion(version);
        return version[0] / 1000 + "." + version[0] % 1000 / 10;
    }

    /** The NVIDIA driver release, such as {@code 580.65.06}, read from /proc; "unknown" where it is not there. */
    public static String driverRelease() {
        try {
            return parseDriverRelease(Files.readString(Path.of("/proc/driver/nvidia/version")));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static String parseDriverRelease(String procVersion) {
        String[] words = procVersion.lines().findFirst().orElse("").split("\\s+");
        for (String word : words) {
            if (word.matches("\\d+\\.\\d+(\\.\\d+)?")) {
                return word;
            }
        }
        return "unknown";
    }

    private static Probe probe() {
        Probe p = probe;
        if (p == null) {
            synchronized (CudaDriver.class) {
                if (probe == null) {
                    probe = detect();
                }
                p = probe;
            }
        }
        return p;
    }

    private static Probe detect() {
        try {
            JCudaDriver.setExceptionsEnabled(true);
            JCudaDriver.cuInit(0);
            int[] count = new int[1];
            JCudaDriver.cuDeviceGetCount(count);
            return count[0] > 0 ? new Probe(count[0], null) : new Probe(0, "no CUDA device (the driver reports none)");
        } catch (Throwable t) {
            return new Probe(0, explain(t));
        }
    }

    /** A one-line explanation of why loading or initialising CUDA failed. */
    static String explain(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        if (failure instanceof UnsatisfiedLinkError || failure instanceof NoClassDefFoundError) {
            if (message.contains("libcuda.so")) {
                return "no CUDA driver (libcuda.so.1 not found)";
            }
            return "JCuda's native library did not load (" + firstLine(message) + ")";
        }
        if (failure instanceof CudaException) {
            if (message.contains("CUDA_ERROR_NO_DEVICE")) {
                return "no CUDA device (the driver reports none)";
            }
            if (message.contains("CUDA_ERROR_INSUFFICIENT_DRIVER") || message.contains("CUDA_ERROR_COMPAT_NOT_SUPPORTED")) {
                return "the NVIDIA driver is too old (" + firstLine(message) + ")";
            }
            return "the CUDA driver failed to start (" + firstLine(message) + ")";
        }
        return "CUDA could not be initialised (" + failure.getClass().getSimpleName() + ": " + firstLine(message) + ")";
    }

    private static String firstLine(String message) {
        return message.lines().findFirst().orElse("").strip();
    }

    private record Probe(int deviceCount, String reason) {
    }
}
