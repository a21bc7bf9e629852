package org.dendrite.device;

import jcuda.CudaException;
import org.dendrite.device.cuda.GpuDescription;
import org.dendrite.device.cuda.Gpus;

/**
 * A Tesla T4 in place of the driver's GPUs, so the kernel's tests see what {@code %device} shows
 * on a GPU this machine does not have (Device's seam for that is package-private).
 */
public final class StandInT4 {

    private StandInT4() {
    }

    /**
     * Puts a T4 with the driver {@code release} for CUDA {@code cudaVersion} in place of the
     * driver's GPUs until the scope closes; loading the kernels fails with {@code loadError} (a
     * driver error name) or, when that is null, succeeds.
     */
    public static Device.Scope install(String release, String cudaVersion, String loadError) {
        GpuDescription t4 = new GpuDescription("Tesla T4", "7.5", 16106127360L, 15569256448L, release, cudaVersion);
        Gpus driver = Device.useGpus(new Gpus() {
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
                return t4;
            }

            @Override
            public void loadKernels(int index) {
                if (loadError != null) {
                    throw new CudaException(loadError);
                }
            }
        });
        return () -> Device.useGpus(driver);
    }
}
