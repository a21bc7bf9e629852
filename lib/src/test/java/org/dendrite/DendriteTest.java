package org.dendrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.dendrite.device.CpuThreads;
import org.dendrite.device.CpuVariant;
import org.dendrite.device.cuda.CudaDriver;
import org.dendrite.device.Device;
import org.dendrite.device.StandInGpus;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DendriteTest {

    @Test
    void versionComesFromTheBuild() {
        assertTrue(Dendrite.version().matches("\\d+\\.\\d+\\.\\d+.*"), Dendrite.version());
    }

    @Test
    void infoReportsTheSelectedNativeVariantAndLoadsNd4j() {
        Table info = Dendrite.info();
        int row = info.stringColumn("property").indexOf("ND4J native variant");
        assertEquals(CpuVariant.select().toString(), info.stringColumn("value").get(row));
        assertEquals(CpuVariant.select().variant().extension(), System.getProperty(CpuVariant.EXTENSION_PROPERTY));
        int backend = info.stringColumn("property").indexOf("ND4J backend");
        assertEquals("CpuBackend 1.0.0-M2.1", info.stringColumn("value").get(backend));
        int wait = info.stringColumn("property").indexOf("OpenMP wait");
        String policy = System.getenv("OMP_WAIT_POLICY");
        assertEquals(policy == null ? "spinning (OMP_WAIT_POLICY unset)" : policy + " (OMP_WAIT_POLICY)",
                info.stringColumn("value").get(wait));
    }

    @Test
    void infoShowsTheThreadCountsInUse() {
        Table info = Dendrite.info();
        int row = info.stringColumn("property").indexOf("CPU threads");
        int threads = CpuThreads.count();
        assertEquals(threads + " for ND4J, 1 for BLAS (from " + CpuThreads.source() + ")",
                info.stringColumn("value").get(row));
    }

    @Test
    void infoListsTheGpusNameComputeCapabilityMemoryAndDriver() {
        Table info;
        try (Device.Scope gpu = StandInGpus.workingT4().install()) {
            info = Dendrite.info();
        }
        int row = info.stringColumn("property").indexOf("cuda:0");
        assertEquals("Tesla T4, compute capability 7.5, 15.0 GiB memory (14.5 GiB free), driver 535.104.05 for CUDA 12.2",
                info.stringColumn("value").get(row));
    }

    @Test
    void infoSaysWhyThereIsNoGpu() {
        assumeFalse(CudaDriver.isAvailable(), "this machine has a CUDA GPU");
        Table info = Dendrite.info();
        int row = info.stringColumn("property").indexOf("cuda");
        assertEquals("not available, " + CudaDriver.unavailableReason(), info.stringColumn("value").get(row));
    }
}
