package org.dendrite.device.cuda;

/**
 * What the driver says about one GPU: its name, compute capability (such as {@code 7.5} for a
 * T4), memory in bytes, the driver's release and the CUDA version it supports (such as
 * {@code 12.2}).
 */
public record GpuDescription(String name, String computeCapability, long totalMemory, long freeMemory,
                      String driverRelease, String cudaVersion) {

    /** The GPU and its driver: {@code NVIDIA T4, compute capability 7.5, driver 535.104.05 for CUDA 12.2}. */
    public String identity() {
        return name + ", compute capability " + computeCapability + ", driver " + driverRelease + " for CUDA " + cudaVersion;
    }

    /** The identity with the memory: {@code NVIDIA T4, compute capability 7.5, 15.0 GiB memory (14.6 GiB free), driver ...}. */
    @Override
    public String toString() {
        return name + ", compute capability " + computeCapability + ", " + Bytes.format(totalMemory) + " memory ("
                + Bytes.format(freeMemory) + " free), driver " + driverRelease + " for CUDA " + cudaVersion;
    }
}
