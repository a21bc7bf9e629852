package org.dendrite.device;

import org.dendrite.device.cuda.Bytes;

/** A GPU allocation that does not fit, even after freeing cached and unreachable memory. */
public final class DeviceOutOfMemoryException extends RuntimeException {

    /** An error naming the device, the requested size and the free memory. */
    public DeviceOutOfMemoryException(String device, long requested, long free, long total) {
        super(device + " is out of memory: requested " + Bytes.format(requested) + ", " + Bytes.format(free)
                + " free of " + Bytes.format(total) + "; use a smaller batch, close() tensors you no longer need, "
                + "or compute on Device.cpu()");
    }
}
