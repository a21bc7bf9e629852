package org.dendrite.device;

import jcuda.CudaException;
import org.dendrite.device.cuda.GpuDescription;
import org.dendrite.device.cuda.Gpus;

/**
 * One GPU that this machine does not have, put in place of the driver's by {@link #install()}:
 * described as given, and loading the kernels fails with {@code loadError} (a driver error name)
 * or, when that is null, succeeds.
 */
public record StandInGpus(GpuDescription gpu, String loadError) implements Gpus {

    public static final GpuDescription T4_DRIVER_470 = new GpuDescription("Tesla T4", "7.5", 16106127360L, 15569256448L,
            "470.82.01", "11.4");
    public static final GpuDescription T4_DRIVER_535 = new GpuDescription("Tesla T4", "7.5", 16106127360L, 15569256448L,
            "535.104.05", "12.2");
    public static final GpuDescription K80_DRIVER_470 = new GpuDescription("Tesla K80", "3.7", 12049776640L, 11946819584L,
            "470.82.01", "11.4");

    /** A Tesla T4 with the driver of CUDA 12.2, which loads the kernels. */
    public static StandInGpus workingT4() {
        return new StandInGpus(T4_DRIVER_535, null);
    }

    /** Puts this GPU in place of the driver's until the returned scope closes. */
    public Device.Scope install() {
        Gpus driver = Device.useGpus(this);
        return () -> Device.useGpus(driver);
    }

    @Override
    public int count() {
        return 1;
    }

    @Override
    public String unavailableReason() {
        return null;
    }

    @Override
    public GpuDescription describe(int index) {
        return gpu;
    }

    @Override
    public void loadKernels(int index) {
        if (loadError != null) {
            throw new CudaException(loadError);
        }
    }
}
