package org.dendrite.device.cuda;

import jcuda.CudaException;
import org.dendrite.device.StandInGpus;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


class KernelSupportTest {

    @Test
    void versionsCompareByMajorThenMinor() {
        assertTrue(KernelSupport.older("11.4", "12.0"));
        assertTrue(KernelSupport.older("7.0", "7.5"));
        assertFalse(KernelSupport.older("12.0", "12.0"));
        assertFalse(KernelSupport.older("10.0", "7.5"));
        assertFalse(KernelSupport.older("13.0", "12.0"));
    }

    @Test
    void aMissingJitCompilerIsNamed() {
        assertEquals("cannot load Dendrite's kernels (CUDA_ERROR_JIT_COMPILER_NOT_FOUND): they need the driver's PTX JIT"
                + " compiler (libnvidia-ptxjitcompiler.so.1), missing from this installation",
                KernelSupport.cannotLoad(StandInGpus.T4_DRIVER_535, new CudaException("CUDA_ERROR_JIT_COMPILER_NOT_FOUND")));
    }

    @Test
    void aGpuThatMeetsTheNeedsPointsAtTheDriversError() {
        assertEquals("cannot load Dendrite's kernels (CUDA_ERROR_INVALID_PTX): they need compute capability 7.5 or newer"
                + " and a driver for CUDA 12.0 or newer, which this GPU has, so the driver's error is the cause",
                KernelSupport.cannotLoad(StandInGpus.T4_DRIVER_535, new CudaException("CUDA_ERROR_INVALID_PTX\n\tat x.y(Z)")));
    }
}
