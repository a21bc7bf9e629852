package org.dendrite.device.cuda;

/**
 * The CUDA GPUs that {@link org.dendrite.device.Device} chooses from. {@link DriverGpus} asks
 * the NVIDIA driver; tests put a stand-in in its place to play GPUs and drivers this machine
 * does not have.
 */
public interface Gpus {

    /** How many GPUs the driver reports; 0 where CUDA is not available. */
    int count();

    /** Why CUDA is not available, in one line; null when it is. */
    String unavailableReason();

    /** GPU {@code index}'s name, compute capability, memory and driver. */
    GpuDescription describe(int index);

    /** Loads the kernels' PTX on GPU {@code index}; throws the driver's {@code CudaException} when it cannot. */
    void loadKernels(int index);

    /** Fails with one line when CUDA is not available on {@code g} or there is no GPU {@code index}. */
    static void require(Gpus g, int index) {
        if (g.count() == 0) {
            throw new IllegalStateException("CUDA is not available: " + g.unavailableReason()
                    + "; Device.best() falls back to the CPU");
        }
        if (index < 0 || index >= g.count()) {
            throw new IllegalArgumentException("There is no cuda:" + index + "; this machine has "
                    + g.count() + " CUDA device(s), cuda:0 to cuda:" + (g.count() - 1));
        }
    }
}
