package org.dendrite.device;

/**
 * The CUDA GPUs that {@link Device} chooses from. {@link DriverGpus} asks the NVIDIA driver;
 * tests put a stand-in in its place to play GPUs and drivers this machine does not have.
 */
interface Gpus {

    /** How many GPUs the driver reports; 0 where CUDA is not available. */
    int count();

    /** Why CUDA is not available, in one line; null when it is. */
    String unavailableReason();

    /** GPU {@code index}'s name, compute capability, memory and driver. */
    GpuDescription describe(int index);

    /** Loads the kernels' PTX on GPU {@code index}; throws the driver's {@code CudaException} when it cannot. */
    void loadKernels(int index);
}
