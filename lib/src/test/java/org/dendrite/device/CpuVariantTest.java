package org.dendrite.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CpuVariantTest {

    private static final Set<String> AVX512_CPU = Set.of("sse4_2", "avx2", "fma", "avx512f", "avx512bw", "avx512vl", "avx512dq");
    private static final Set<String> AVX2_CPU = Set.of("sse4_2", "avx2", "fma");

    @Test
    void avx512CpuGetsOneDnnBuild() {
        assertEquals(CpuVariant.ONEDNN_AVX512, CpuVariant.fastest(AVX512_CPU, v -> true));
    }

    @Test
    void avx2CpuGetsAvx2Build() {
        assertEquals(CpuVariant.AVX2, CpuVariant.fastest(AVX2_CPU, v -> true));
    }

    @Test
    void oldOrUnknownCpuGetsPlainBuild() {
        assertEquals(CpuVariant.PLAIN, CpuVariant.fastest(Set.of("sse2"), v -> true));
        assertEquals(CpuVariant.PLAIN, CpuVariant.fastest(Set.of(), v -> true));
    }

    @Test
    void missingJarFallsBackToNextBuildThatRuns() {
        assertEquals(CpuVariant.AVX2, CpuVariant.fastest(AVX512_CPU, v -> v != CpuVariant.ONEDNN_AVX512));
        assertEquals(CpuVariant.PLAIN, CpuVariant.fastest(AVX512_CPU, v -> false));
    }

    @Test
    void allThreeBuildsArePackaged() {
        for (CpuVariant variant : CpuVariant.values()) {
            assertTrue(variant.isPackaged(), variant + " native jar is not on the class path");
        }
    }

    @Test
    void requestedVariantThatCpuLacksFallsBackToPlainWithReason() {
        CpuVariant.Choice choice = CpuVariant.choose(null, "onednn-avx512", AVX2_CPU);
        assertEquals(CpuVariant.PLAIN, choice.variant());
        assertTrue(choice.reason().contains("needs CPU flags"), choice.reason());
    }

    @Test
    void requestedVariantIsHonouredWhenItRuns() {
        assertEquals(CpuVariant.AVX2, CpuVariant.choose(null, "AVX2", AVX512_CPU).variant());
    }

    @Test
    void extensionSetByHandWins() {
        CpuVariant.Choice choice = CpuVariant.choose("-avx2", "plain", AVX512_CPU);
        assertEquals(CpuVariant.AVX2, choice.variant());
        assertTrue(choice.reason().contains("set by -D"), choice.reason());
    }

    @Test
    void unknownVariantNameIsRejectedWithTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CpuVariant.named("sse9"));
        assertTrue(e.getMessage().contains("plain, avx2, onednn-avx512"), e.getMessage());
    }

    @Test
    void cpuFlagsAreReadFromTheFirstFlagsLine() {
        String cpuinfo = "processor\t: 0\nmodel name\t: Test CPU\nflags\t\t: fpu sse2 avx2 fma\n\nflags\t\t: other\n";
        assertEquals(Set.of("fpu", "sse2", "avx2", "fma"), CpuVariant.parseCpuFlags(cpuinfo));
        assertEquals(Set.of(), CpuVariant.parseCpuFlags("processor : 0\n"));
    }
}
