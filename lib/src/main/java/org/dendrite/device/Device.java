package org.dendrite.device;

import java.util.Locale;
import java.util.Objects;
import jcuda.CudaException;
import org.dendrite.device.cuda.DriverGpus;
import org.dendrite.device.cuda.GpuDescription;
import org.dendrite.device.cuda.Gpus;
import org.dendrite.device.cuda.KernelSupport;

/**
 * Where a tensor's numbers live and its operations run: the CPU, or a CUDA GPU. One line moves
 * a cell to the GPU and back to the CPU where there is none:
 *
 * <pre>{@code
 * Device device = Device.best();                    // cuda:0 if there is a usable GPU, else cpu
 * Tensor x = Tensor.randn(64, 784).to(device);
 * try (var on = device.use()) {                     // new tensors are made on the device
 *     Tensor w = Tensor.randn(784, 10);
 * }
 * }</pre>
 */
public final class Device {

    /** The kinds of device. */
    public enum Type { CPU, CUDA }

    private static final Device CPU = new Device(Type.CPU, 0);
    private static final ThreadLocal<Device> SCOPED = new ThreadLocal<>();
    private static volatile Device defaultDevice = CPU;
    private static volatile Gpus gpus = DriverGpus.INSTANCE;

    private final Type type;
    private final int index;

    private Device(Type type, int index) {
        this.type = type;
        this.index = index;
    }

    /** The CPU. */
    public static Device cpu() {
        return CPU;
    }

    /** The first CUDA GPU; fails with one line saying why when there is none or it cannot run the kernels. */
    public static Device cuda() {
        return cuda(0);
    }

    /**
     * CUDA GPU number {@code index}; fails with one line saying why when there is no such GPU or
     * it cannot load Dendrite's kernels (naming the GPU, its driver and what it would need).
     */
    public static Device cuda(int index) {
        Gpus g = gpus;
        Gpus.require(g, index);
        String problem = kernelProblem(g, index);
        if (problem != null) {
            throw new IllegalStateException(problem + "; Device.best() falls back to the CPU");
        }
        return new Device(Type.CUDA, index);
    }

    /**
     * The first GPU that can run Dendrite's kernels, else the CPU. Where there is a GPU that
     * cannot (too old a GPU or driver), one line on {@code System.err} says why.
     */
    public static Device best() {
        Gpus g = gpus;
        int usable = firstUsableGpu(g);
        if (usable >= 0) {
            return new Device(Type.CUDA, usable);
        }
        if (g.count() > 0) {
            System.err.println(kernelProblem(g, 0) + "; Device.best() keeps the cpu");
        }
        return CPU;
    }

    /** The device named {@code cpu}, {@code cuda}, {@code cuda:1} or {@code auto} (the {@link #best()} one). */
    public static Device parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("cpu")) {
            return CPU;
        }
        if (n.equals("auto")) {
            return best();
        }
        if (n.equals("cuda")) {
            return cuda();
        }
        if (n.matches("cuda:\\d+")) {
            return cuda(Integer.parseInt(n.substring(5)));
        }
        throw new IllegalArgumentException("Unknown device '" + name + "': expected cpu, cuda, cuda:N or auto");
    }

    /** The device on which new tensors are made: the innermost {@link #use()} scope, else the default. */
    public static Device current() {
        Device scoped = SCOPED.get();
        return scoped != null ? scoped : defaultDevice;
    }

    /** Makes {@code device} the default for new tensors outside any {@link #use()} scope (all threads). */
    public static void setDefault(Device device) {
        defaultDevice = Objects.requireNonNull(device, "device");
    }

    /**
     * Makes the device named {@code name} the default, as the kernel's {@code %device} does, and
     * returns one line saying where new tensors go. A GPU asked for on a machine without CUDA, or
     * one that cannot load Dendrite's kernels, gives the CPU instead, so a notebook written for a
     * GPU still runs; the line says why.
     */
    public static String chooseDefault(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        Gpus g = gpus;
        if (n.equals("auto") || n.matches("cuda(:\\d+)?")) {
            String whyCpu = whyCpu(g, n);
            if (whyCpu != null) {
                setDefault(CPU);
                return whyCpu;
            }
        }
        Device device = parse(n);
        setDefault(device);
        return "New tensors go to " + device + (device.isCuda() ? " (" + g.describe(device.index).name() + ")" : "");
    }

    /** Why {@code auto}, {@code cuda} or {@code cuda:N} gets the CPU, in one line; null when it gets a GPU. */
    private static String whyCpu(Gpus g, String name) {
        if (g.count() == 0) {
            return "No GPU here (" + g.unavailableReason() + "): new tensors stay on the cpu";
        }
        if (name.equals("auto") && firstUsableGpu(g) >= 0) {
            return null;
        }
        int index = name.startsWith("cuda:") ? Integer.parseInt(name.substring(5)) : 0;
        Gpus.require(g, index);
        String problem = kernelProblem(g, index);
        return problem == null ? null : problem + "; new tensors stay on the cpu";
    }

    /**
     * Makes this device the one new tensors are made on until the scope closes:
     * {@code try (var on = Device.best().use()) { ... }}. Scopes nest and are per thread.
     */
    public Scope use() {
        Device previous = SCOPED.get();
        SCOPED.set(this);
        return () -> SCOPED.set(previous);
    }

    /** A scope opened by {@link #use()}; closing it restores the device that was current before. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** CPU or CUDA. */
    public Type type() {
        return type;
    }

    /** The GPU number; 0 for the CPU. */
    public int index() {
        return index;
    }

    /** Whether this is a CUDA GPU. */
    public boolean isCuda() {
        return type == Type.CUDA;
    }

    /**
     * What this machine offers, one line per device: the CPU, and each GPU's name, compute
     * capability, memory and driver (with why it cannot run Dendrite's kernels, where it cannot),
     * or one line saying why there is no GPU.
     */
    public static String info() {
        StringBuilder out = new StringBuilder();
        out.append("cpu: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ND4J ")
                .append(CpuVariant.select());
        Gpus g = gpus;
        if (g.count() == 0) {
            return out.append("\ncuda: not available, ").append(g.unavailableReason()).toString();
        }
        for (int i = 0; i < g.count(); i++) {
            GpuDescription gpu = g.describe(i);
            CudaException failure = loadFailure(g, i);
            out.append("\ncuda:").append(i).append(": ").append(gpu)
                    .append(failure == null ? "" : "; " + KernelSupport.cannotLoad(gpu, failure));
        }
        return out.toString();
    }

    /** The number of the first GPU that can run the kernels; -1 when none can. */
    private static int firstUsableGpu(Gpus g) {
        for (int i = 0; i < g.count(); i++) {
            if (loadFailure(g, i) == null) {
                return i;
            }
        }
        return -1;
    }

    /** Why GPU {@code index} cannot run the kernels, in one line naming it and its driver; null when it can. */
    private static String kernelProblem(Gpus g, int index) {
        CudaException failure = loadFailure(g, index);
        if (failure == null) {
            return null;
        }
        GpuDescription gpu = g.describe(index);
        return "cuda:" + index + " (" + gpu.identity() + ") " + KernelSupport.cannotLoad(gpu, failure);
    }

    /** The driver's error when GPU {@code index} cannot load the kernels (loaded once where it can); null when it can. */
    private static CudaException loadFailure(Gpus g, int index) {
        try {
            g.loadKernels(index);
            return null;
        } catch (CudaException e) {
            return e;
        }
    }

    /** Puts {@code standIn} in place of the driver's GPUs and returns the GPUs it replaces (for tests). */
    static Gpus useGpus(Gpus standIn) {
        Gpus previous = gpus;
        gpus = Objects.requireNonNull(standIn, "standIn");
        return previous;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Device d && d.type == type && d.index == index;
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + index;
    }

    /** {@code cpu} or {@code cuda:0}, as PyTorch writes devices. */
    @Override
    public String toString() {
        return type == Type.CPU ? "cpu" : "cuda:" + index;
    }
}
