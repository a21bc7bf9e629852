package org.dendrite.device;

import org.dendrite.device.cuda.CudaDriver;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;


class DeviceTest {

    @Test
    void cpuIsNamedAsInPyTorch() {
        assertEquals("cpu", Device.cpu().toString());
        assertFalse(Device.cpu().isCuda());
        assertSame(Device.cpu(), Device.parse(" CPU "));
    }

    @Test
    void autoMeansTheBestDevice() {
        assertEquals(Device.best(), Device.parse("auto"));
    }

    @Test
    void unknownDeviceNameListsTheAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Device.parse("tpu"));
        assertEquals("Unknown device 'tpu': expected cpu, cuda, cuda:N or auto", e.getMessage());
    }

    @Test
    void bestFallsBackToTheCpuWithoutCuda() {
        assumeFalse(CudaDriver.isAvailable(), "this machine has a CUDA GPU");
        assertSame(Device.cpu(), Device.best());
    }

    @Test
    void cudaRequestWithoutCudaFailsWithOneLineSayingWhy() {
        assumeFalse(CudaDriver.isAvailable(), "this machine has a CUDA GPU");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Device.parse("cuda:0"));
        assertEquals("CUDA is not available: " + CudaDriver.unavailableReason() + "; Device.best() falls back to the CPU",
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertEquals(null, e.getCause());
    }

    @Test
    void infoNamesTheCpuAndWhyThereIsNoGpu() {
        assumeFalse(CudaDriver.isAvailable(), "this machine has a CUDA GPU");
        String[] lines = Device.info().split("\n");
        assertEquals(2, lines.length, Device.info());
        assertTrue(lines[0].startsWith("cpu: " + Runtime.getRuntime().availableProcessors() + " cores, ND4J "), lines[0]);
        assertEquals("cuda: not available, " + CudaDriver.unavailableReason(), lines[1]);
    }

    @Test
    void defaultDeviceIsTheCpuAndScopesRestoreIt() {
        assertSame(Device.cpu(), Device.current());
        try (Device.Scope outer = Device.cpu().use()) {
            assertSame(Device.cpu(), Device.current());
        }
        assertSame(Device.cpu(), Device.current());
    }

    @Test
    void choosingAGpuWithoutOneKeepsTheCpuAndSaysWhy() {
        assumeFalse(CudaDriver.isAvailable(), "this machine has a CUDA GPU");
        try {
            assertEquals("No GPU here (" + CudaDriver.unavailableReason() + "): new tensors stay on the cpu",
                    Device.chooseDefault("cuda:1"));
            assertSame(Device.cpu(), Device.current());
            assertThrows(IllegalArgumentException.class, () -> Device.chooseDefault("cuda1"));
        } finally {
            Device.setDefault(Device.cpu());
        }
    }

    @Test
    void choosingTheCpuSaysSo() {
        assertEquals("New tensors go to cpu", Device.chooseDefault(" CPU"));
        assertSame(Device.cpu(), Device.current());
    }
}
