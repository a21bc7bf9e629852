package org.dendrite.device;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.dendrite.device.cuda.GpuDescription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;


/**
 * A GPU that cannot load the kernels (too old a driver or GPU) leaves new tensors on the CPU
 * with one line naming the GPU, its driver and what it would need. The GPUs are
 * {@link StandInGpus}, so this runs without one.
 */
class GpuFallbackTest {

    private static final String T4_OLD_DRIVER = "cuda:0 (Tesla T4, compute capability 7.5, driver 470.82.01 for CUDA 11.4)"
            + " cannot load Dendrite's kernels (CUDA_ERROR_UNSUPPORTED_PTX_VERSION):"
            + " they need a driver for CUDA 12.0 or newer (525.60.13 or newer)";

    private Device.Scope standIn;

    private void standIn(GpuDescription gpu, String loadError) {
        standIn = new StandInGpus(gpu, loadError).install();
    }

    @AfterEach
    void restoreTheDriversGpus() {
        standIn.close();
        Device.setDefault(Device.cpu());
    }

    @Test
    void percentDeviceCudaOnAnOldDriverKeepsTheCpuAndSaysWhatItWouldNeed() {
        standIn(StandInGpus.T4_DRIVER_470, "CUDA_ERROR_UNSUPPORTED_PTX_VERSION");

        assertEquals(T4_OLD_DRIVER + "; new tensors stay on the cpu", Device.chooseDefault("cuda"));
        assertSame(Device.cpu(), Device.current());
    }

    @Test
    void percentDeviceAutoSaysWhyTheGpuIsNotUsed() {
        standIn(StandInGpus.T4_DRIVER_470, "CUDA_ERROR_UNSUPPORTED_PTX_VERSION");

        assertEquals(T4_OLD_DRIVER + "; new tensors stay on the cpu", Device.chooseDefault("auto"));
        assertSame(Device.cpu(), Device.current());
    }

    @Test
    void bestKeepsTheCpuAndPrintsWhyOnOneLine() {
        standIn(StandInGpus.T4_DRIVER_470, "CUDA_ERROR_UNSUPPORTED_PTX_VERSION");
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertSame(Device.cpu(), Device.best());
        } finally {
            System.setErr(err);
        }
        assertEquals(T4_OLD_DRIVER + "; Device.best() keeps the cpu" + System.lineSeparator(),
                printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void askingForTheGpuDirectlyFailsWithTheSameLine() {
        standIn(StandInGpus.T4_DRIVER_470, "CUDA_ERROR_UNSUPPORTED_PTX_VERSION");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Device.parse("cuda:0"));
        assertEquals(T4_OLD_DRIVER + "; Device.best() falls back to the CPU", e.getMessage());
    }

    @Test
    void aGpuOlderThanTuringIsToldTheComputeCapabilityAndDriverItWouldNeed() {
        standIn(StandInGpus.K80_DRIVER_470, "CUDA_ERROR_NO_BINARY_FOR_GPU");

        assertEquals("cuda:0 (Tesla K80, compute capability 3.7, driver 470.82.01 for CUDA 11.4)"
                + " cannot load Dendrite's kernels (CUDA_ERROR_NO_BINARY_FOR_GPU): they need a GPU of compute"
                + " capability 7.5 (Turing) or newer and a driver for CUDA 12.0 or newer (525.60.13 or newer);"
                + " new tensors stay on the cpu", Device.chooseDefault("cuda:0"));
    }

    @Test
    void infoListsTheGpusNameComputeCapabilityMemoryAndDriver() {
        standIn(StandInGpus.T4_DRIVER_535, null);

        String[] lines = Device.info().split("\n");
        assertEquals(2, lines.length, Device.info());
        assertEquals("cuda:0: Tesla T4, compute capability 7.5, 15.0 GiB memory (14.5 GiB free),"
                + " driver 535.104.05 for CUDA 12.2", lines[1]);
    }

    @Test
    void infoSaysWhyAGpuCannotRunTheKernels() {
        standIn(StandInGpus.T4_DRIVER_470, "CUDA_ERROR_UNSUPPORTED_PTX_VERSION");

        assertEquals("cuda:0: Tesla T4, compute capability 7.5, 15.0 GiB memory (14.5 GiB free),"
                + " driver 470.82.01 for CUDA 11.4; cannot load Dendrite's kernels (CUDA_ERROR_UNSUPPORTED_PTX_VERSION):"
                + " they need a driver for CUDA 12.0 or newer (525.60.13 or newer)", Device.info().split("\n")[1]);
    }

    @Test
    void aGpuThatLoadsTheKernelsIsChosen() {
        standIn(StandInGpus.T4_DRIVER_535, null);

        assertEquals("New tensors go to cuda:0 (Tesla T4)", Device.chooseDefault("cuda"));
        assertEquals("cuda:0", Device.current().toString());
        assertEquals("cuda:0", Device.best().toString());
    }
}
