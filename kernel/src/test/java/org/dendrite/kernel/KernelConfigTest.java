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

    @Test
    void ijavaAndJJavaSettingsAreReadUnderTheirNamesAndDendritesWins() {
        KernelConfig ijava = KernelConfig.fromEnvironment(Map.of("IJAVA_COMPILER_OPTS", "-Xlint:unchecked -Xlint:deprecation"));
        KernelConfig both = KernelConfig.fromEnvironment(Map.of("JJAVA_COMPILER_OPTS", "-Xlint:all", "DENDRITE_COMPILER_OPTS", "-Xlint:none"));

        assertEquals(List.of("-Xlint:unchecked", "-Xlint:deprecation"), ijava.compilerOptions());
        assertEquals(List.of("-Xlint:none"), both.compilerOptions());
    }

    @Test
    void extraClassPathAndStartupScriptsBecomeStartupCellsInOrder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("b.jsh"), "int second = 2;");
        java.nio.file.Files.writeString(dir.resolve("a.jsh"), "int first = 1;");
        java.nio.file.Files.writeString(dir.resolve("notes.txt"), "not Java");

        KernelConfig config = KernelConfig.fromEnvironment(Map.of(
                "JJAVA_CLASSPATH", "lib/*.jar" + java.io.File.pathSeparator + "classes",
                "IJAVA_STARTUP_SCRIPTS_PATH", dir.toString(),
                "DENDRITE_STARTUP_SCRIPT", "int third = 3;"));

        assertEquals(List.of("%classpath lib/*.jar classes", "int first = 1;", "int second = 2;", "int third = 3;"),
                config.startupCells());
    }

    @Test
    void noTwoDefaultImportedLibraryPackagesNameAClassAlike() throws Exception {
        java.nio.file.Path library = java.nio.file.Path.of(org.dendrite.Dendrite.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        List<String> clashes = new java.util.ArrayList<>();
        try (java.nio.file.FileSystem jar = library.toString().endsWith(".jar") ? java.nio.file.FileSystems.newFileSystem(library) : null;
                java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(jar == null ? library : jar.getPath("/"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")
                    && !f.toString().endsWith("package-info.class")).toList()) {
                String name = (jar == null ? library.relativize(file) : file).toString().replaceFirst("^/", "")
                        .replace(".class", "").replace('/', '.');
                String pkg = name.substring(0, name.lastIndexOf('.'));
                String simple = name.substring(name.lastIndexOf('.') + 1);
                if (KernelConfig.DEFAULT_IMPORTS.contains(pkg + ".*") && !KernelConfig.DEFAULT_IMPORTS.contains(name)) {
                    String earlier = seen.putIfAbsent(simple, pkg);
                    if (earlier != null) {
                        clashes.add(simple + " in " + earlier + " and " + pkg);
                    }
                }
            }
        }
        assertEquals(List.of(), clashes, "a cell naming one of these would not compile: 'reference is ambiguous'");
    }
}
