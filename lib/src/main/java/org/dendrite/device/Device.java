package org.dendrite.device;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a tensor's numbers live and its operations run: the CPU, or a CUDA GPU. One line moves
 * a cell to the GPU and back to the CPU where there is none:
 *
 * <pre>{@code
 * Device device = Device.best();                    // cuda:0 if there is a GPU, else cpu
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

    /** The first CUDA GPU; fails with one line saying why when there is none. */
    public static Device cuda() {
        return cuda(0);
    }

    /** CUDA GPU number {@code index}; fails with one line saying why when there is no such GPU. */
    public static Device cuda(int index) {
        CudaDriver.requireAvailable();
        if (index < 0 || index >= CudaDriver.deviceCount()) {
            throw new IllegalArgumentException("There is no cuda:" + index + "; this machine has "
                    + CudaDriver.deviceCount() + " CUDA device(s), cuda:0 to cuda:" + (CudaDriver.deviceCount() - 1));
        }
        return new Device(Type.CUDA, index);
    }

    /** The first GPU when CUDA is available, else the CPU. */
    public static Device best() {
        return CudaDriver.isAvailable() ? cuda(0) : CPU;
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
     * returns one line saying where new tensors go. A GPU asked for on a machine without CUDA
     * gives the CPU instead, so a notebook written for a GPU still runs; the line says why.
     */
    public static String chooseDefault(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.matches("cuda(:\\d+)?") && !CudaDriver.isAvailable()) {
            setDefault(CPU);
            return "No GPU here (" + CudaDriver.unavailableReason() + "): new tensors stay on the cpu";
        }
        Device device = parse(n);
        setDefault(device);
        return "New tensors go to " + device + (device.isCuda() ? " (" + CudaDevice.get(device.index).name() + ")" : "");
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
     * What this machine offers, one line per device: the CPU, and each GPU's name, memory,
     * driver and CUDA version, or one line saying why there is no GPU.
     */
    public static String info() {
        StringBuilder out = new StringBuilder();
        out.append("cpu: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ND4J ")
                .append(CpuVariant.select());
        if (!CudaDriver.isAvailable()) {
            return out.append("\ncuda: not available, ").append(CudaDriver.unavailableReason()).toString();
        }
        for (int i = 0; i < CudaDriver.deviceCount(); i++) {
            CudaDevice gpu = CudaDevice.get(i);
            out.append(String.format(Locale.ROOT, "%ncuda:%d: %s, %s memory (%s free), compute capability %s, driver %s, CUDA %s",
                    i, gpu.name(), Bytes.format(gpu.totalMemory()), Bytes.format(gpu.freeMemory()),
                    gpu.computeCapability(), CudaDriver.driverRelease(), CudaDriver.cudaVersion()));
        }
        return out.toString();
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
