package org.dendrite.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KernelConfigTest {

    @Test
    void importsAreSplitOnCommasSemicolonsAndNewlines() {
        assertEquals(List.of("java.util.*", "java.io.*", "java.math.*", "java.time.*"),
                KernelConfig.parseImports("java.util.*, java.io.*;java.math.*\njava.time.*"));
    }

    @Test
    void importKeywordIsOptional() {
        assertEquals(List.of("java.util.*", "static java.lang.Math.max"),
                KernelConfig.parseImports("import java.util.*; import static java.lang.Math.max;"));
    }

    @Test
    void blankItemsAreDropped() {
        assertEquals(List.of("java.util.*"), KernelConfig.parseImports(" ,java.util.*;;\n\n"));
    }

    @Test
    void environmentWithoutImportsGivesTheDefaults() {
        assertEquals(KernelConfig.DEFAULT_IMPORTS, KernelConfig.fromEnvironment(Map.of()).imports());
    }

    @Test
    void environmentImportsReplaceTheDefaults() {
        KernelConfig config = KernelConfig.fromEnvironment(Map.of("DENDRITE_IMPORTS", "java.time.*"));

        assertEquals(List.of("java.time.*"), config.imports());
    }

    @Test
    void svgChartsOnlyWhenTheFormatsListSvg() {
        assertFalse(KernelConfig.fromEnvironment(Map.of()).chartsWithSvg());
        assertTrue(KernelConfig.fromEnvironment(Map.of("DENDRITE_CHART_FORMATS", "png,svg")).chartsWithSvg());
    }
}
