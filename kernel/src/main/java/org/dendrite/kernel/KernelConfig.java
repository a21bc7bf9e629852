package org.dendrite.kernel;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a kernel process is set up with, read from its environment (the kernelspec's
 * {@code env}): the class path cells compile against, the default imports, and chart formats.
 */
record KernelConfig(List<String> classPath, List<String> imports, boolean chartsWithSvg) {

    /** Imports every cell starts with unless {@code DENDRITE_IMPORTS} says otherwise. */
    static final List<String> DEFAULT_IMPORTS = List.of(
            "java.util.*", "java.util.function.*", "java.util.stream.*", "java.io.*", "java.nio.file.*",
            "java.math.*", "org.dendrite.*", "org.dendrite.tensor.*", "org.dendrite.autograd.*",
            "org.dendrite.nn.*", "org.dendrite.nn.Module", "org.dendrite.nn.loss.*", "org.dendrite.data.*",
            "org.dendrite.plot.*", "org.dendrite.embed.*", "org.dendrite.optim.*", "org.dendrite.train.*",
            "org.dendrite.device.*",
            "static org.dendrite.display.Display.display",
            "org.knowm.xchart.*", "org.knowm.xchart.style.markers.*", "org.knowm.xchart.style.lines.*",
            "tech.tablesaw.api.*");

    static KernelConfig fromEnvironment(Map<String, String> env) {
        List<String> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .toList();
        String imports = env.get("DENDRITE_IMPORTS");
        return new KernelConfig(classPath,
                imports == null ? DEFAULT_IMPORTS : parseImports(imports),
                List.of(env.getOrDefault("DENDRITE_CHART_FORMATS", "png").split(",")).contains("svg"));
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
