package org.dendrite.tensor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dendrite.device.Device;
import org.dendrite.tensor.backend.Backend;
import org.dendrite.tensor.cpu.CpuBackend;
import org.dendrite.tensor.cuda.CudaBackend;

/** The backend that computes on each {@link Device}: ND4J for the CPU, one {@link CudaBackend} per GPU. */
final class Backends {

    private static final Map<Device, Backend> CUDA = new ConcurrentHashMap<>();

    private Backends() {
    }

    static Backend of(Device device) {
        return device.isCuda() ? CUDA.computeIfAbsent(device, CudaBackend::new) : CpuBackend.INSTANCE;
    }

    /** The backend of {@link Device#current()}, where new tensors are made. */
    static Backend current() {
        return of(Device.current());
    }
}
