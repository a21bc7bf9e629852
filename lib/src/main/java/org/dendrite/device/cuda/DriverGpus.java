package org.dendrite.device.cuda;

/** The GPUs the NVIDIA driver reports, opened through JCuda. */
public final class DriverGpus implements Gpus {

    /** The one instance: the driver is per process. */
    public static final DriverGpus INSTANCE = new DriverGpus();

    private DriverGpus() {
    }

    @Override
    public int count() {
        return CudaDriver.deviceCount();
    }

    @Override
    public String unavailableReason() {
        return CudaDriver.unavailableReason();
    }

    @Override
    public GpuDescription describe(int index) {
        CudaDevice gpu = CudaDevice.get(index);
        return new GpuDescription(gpu.name(), gpu.computeCapability(), gpu.totalMemory(), gpu.freeMemory(),
                CudaDriver.driverRelease(), CudaDriver.cudaVersion());
    }

    @Override
    public void loadKernels(int index) {
        CudaDevice.get(index).loadModule(KernelSupport.PROBE_PTX);
    }
}
