package org.dendrite.device.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jcuda.CudaException;
import org.junit.jupiter.api.Test;

class CudaDriverTest {

    @Test
    void missingLibcudaIsReportedAsNoDriver() {
        UnsatisfiedLinkError error = new UnsatisfiedLinkError("Error while loading native library \"JCudaDriver-12.6.0-linux-x86_64\"\n"
                + "java.lang.UnsatisfiedLinkError: /tmp/libJCudaDriver-12.6.0-linux-x86_64.so: libcuda.so.1: cannot open shared object file");
        assertEquals("no CUDA driver (libcuda.so.1 not found)", CudaDriver.explain(error));
    }

    @Test
    void noDeviceIsReportedAsSuch() {
        assertEquals("no CUDA device (the driver reports none)", CudaDriver.explain(new CudaException("CUDA_ERROR_NO_DEVICE")));
    }

    @Test
    void oldDriverIsNamed() {
        assertEquals("the NVIDIA driver is too old (CUDA_ERROR_INSUFFICIENT_DRIVER)",
                CudaDriver.explain(new CudaException("CUDA_ERROR_INSUFFICIENT_DRIVER")));
    }

    @Test
    void otherFailuresKeepOnlyTheirFirstLine() {
        assertEquals("the CUDA driver failed to start (CUDA_ERROR_UNKNOWN)",
                CudaDriver.explain(new CudaException("CUDA_ERROR_UNKNOWN\n\tat some.Native(Frame)")));
    }

    @Test
    void driverReleaseIsReadFromProcVersion() {
        String proc = "NVRM version: NVIDIA UNIX x86_64 Kernel Module  580.65.06  Sun Jul 27 07:09:28 UTC 2025\n"
                + "GCC version:  gcc version 12.2.0 (Debian 12.2.0-14)\n";
        assertEquals("580.65.06", CudaDriver.parseDriverRelease(proc));
        assertEquals("unknown", CudaDriver.parseDriverRelease(""));
    }

    @Test
    void thisMachinesAnswerIsConsistent() {
        assertEquals(CudaDriver.isAvailable(), CudaDriver.unavailableReason() == null);
        assertEquals(CudaDriver.isAvailable(), CudaDriver.deviceCount() > 0);
    }
}
