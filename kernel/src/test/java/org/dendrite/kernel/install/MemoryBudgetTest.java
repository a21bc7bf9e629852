package org.dendrite.kernel.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryBudgetTest {

    @Test
    void twoGigabytesShareOutIntoHeapOffHeapAndAResidentCeiling() {
        assertEquals(List.of("-Xmx614m", "-Dorg.bytedeco.javacpp.maxbytes=819m",
                        "-Dorg.bytedeco.javacpp.maxphysicalbytes=1740m"),
                MemoryBudget.parse("2g").jvmOptions());
    }

    @Test
    void unitsAreKilobytesMegabytesGigabytes() {
        assertEquals(MemoryBudget.parse("2g"), MemoryBudget.parse("2048M"));
        assertEquals(MemoryBudget.parse("1g"), MemoryBudget.parse("1048576k"));
    }

    @Test
    void sizesWithoutUnitOrTooSmallAreRefusedWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MemoryBudget.parse("2000"))
                .getMessage().contains("with a unit"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MemoryBudget.parse("lots"))
                .getMessage().contains("with a unit"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MemoryBudget.parse("100m"))
                .getMessage().contains("at least 256m"));
    }

    @Test
    void installerOptionAddsTheLimitsToTheKernelCommand() {
        List<String> argv = KernelInstaller.fromArguments("--prefix", "/tmp/x", "--memory", "1g")
                .kernelJson(java.nio.file.Path.of("/tmp/x/lib")).lines()
                .filter(l -> l.contains("-Xmx") || l.contains("maxphysicalbytes")).toList();
        assertEquals(2, argv.size(), argv.toString());
    }
}
