package org.dendrite.kernel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a kernel process is set up with, read from its environment (the kernelspec's
 * {@code env}): the class path cells compile against, the default imports, chart formats, javac
 * options for cells, and the cells to run at start-up (from the extra class path and start-up
 * scripts). Each setting also answers to IJava's and JJava's name ({@code IJAVA_CLASSPATH},
 * {@code JJAVA_CLASSPATH}), so their kernelspecs and Binder set-ups keep working.
 */
record KernelConfig(List<String> classPath, List<String> imports, boolean chartsWithSvg, List<String> compilerOptions,
        List<String> startupCells) {

    /** Imports every cell starts with unless {@code DENDRITE_IMPORTS} says otherwise. */
    static final List<String> DEFAULT_IMPORTS = List.of(
            "java.util.*", "java.util.function.*", "java.util.stream.*", "java.io.*", "java.nio.file.*",
            "java.math.*", "org.dendrite.*", "org.dendrite.tensor.*", "org.dendrite.scalar.*",
            "org.dendrite.nn.*", "org.dendrite.nn.Module", "org.dendrite.nn.loss.*", "org.dendrite.data.*",
            "org.dendrite.plot.*", "org.dendrite.embed.*", "org.dendrite.optim.*", "org.dendrite.train.*",
            "org.dendrite.device.*", "org.dendrite.widgets.*", "static org.dendrite.widgets.Interact.interact",
            "static org.dendrite.display.Display.display", "static org.dendrite.display.Display.render",
            "static org.dendrite.display.Display.updateDisplay", "static org.dendrite.kernel.magic.CellFunctions.*",
            "org.knowm.xchart.*", "org.knowm.xchart.style.markers.*", "org.knowm.xchart.style.lines.*",
            "tech.tablesaw.api.*");

    static KernelConfig fromEnvironment(Map<String, String> env) {
        List<String> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .toList();
        String imports = env.get("DENDRITE_IMPORTS");
        String compilerOptions = setting(env, "COMPILER_OPTS");
        return new KernelConfig(classPath,
                imports == null ? DEFAULT_IMPORTS : parseImports(imports),
                List.of(env.getOrDefault("DENDRITE_CHART_FORMATS", "png").split(",")).contains("svg"),
                compilerOptions == null ? List.of() : List.of(compilerOptions.strip().split("\\s+")),
                startupCells(env));
    }

    /** {@code DENDRITE_name}, else JJava's {@code JJAVA_name}, else IJava's {@code IJAVA_name}; null when none is set. */
    static String setting(Map<String, String> env, String name) {
        for (String prefix : List.of("DENDRITE_", "JJAVA_", "IJAVA_")) {
            String value = env.get(prefix + name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /**
     * The cells to run before the first request: {@code %classpath} for the extra class path
     * (entries separated as on this system, globs allowed), then each {@code .jsh} or
     * {@code .java} file of the start-up scripts path (files or folders), then the start-up script.
     */
    static List<String> startupCells(Map<String, String> env) {
        List<String> cells = new ArrayList<>();
        String extraClassPath = setting(env, "CLASSPATH");
        if (extraClassPath != null) {
            cells.add("%classpath " + String.join(" ", extraClassPath.split(File.pathSeparator)));
        }
        String scripts = setting(env, "STARTUP_SCRIPTS_PATH");
        if (scripts != null) {
            for (String entry : scripts.split(File.pathSeparator)) {
                cells.addAll(scriptsIn(Path.of(entry)));
            }
        }
        String script = setting(env, "STARTUP_SCRIPT");
        if (script != null) {
            cells.add(script);
        }
        return cells;
    }

    private static List<String> scriptsIn(Path entry) {
        try (Stream<Path> files = Files.isDirectory(entry) ? Files.list(entry) : Stream.of(entry)) {
            List<String> cells = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".jsh") || f.toString().endsWith(".java")).sorted().toList()) {
                cells.add(Files.readString(file));
            }
            return cells;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the start-up scripts in " + entry + ": " + e.getMessage(), e);
        }
    }

    /** Imports separated by commas or semicolons, with or without the {@code import} keyword. */
    static List<String> parseImports(String text) {
        return Arrays.stream(text.split("[,;\\n]"))
                .map(String::strip)
                .map(item -> item.startsWith("import ") ? item.substring("import ".length()).strip() : item)
                .filter(item -> !item.isEmpty())
                .toList();
    }
}
