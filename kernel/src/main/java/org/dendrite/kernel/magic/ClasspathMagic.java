package org.dendrite.kernel.magic;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dendrite.kernel.engine.CellOutcome;
import org.dendrite.kernel.maven.ClassPathArtifacts;
import org.dendrite.kernel.maven.ClassPathEntry;
import org.dendrite.kernel.maven.Coordinates;

/**
 * {@code %classpath} and {@code %jars}: add local jars and class folders to what cells compile
 * and run against ({@code lib/*.jar} takes every match), under the rule for versions that clash;
 * without arguments, list the class path, bundled and added, with versions.
 */
final class ClasspathMagic implements Magic {

    private final ClassPathAdder adder;

    ClasspathMagic(ClassPathAdder adder) {
        this.adder = adder;
    }

    @Override
    public List<String> names() {
        return List.of("%classpath", "%jars");
    }

    @Override
    public String summary() {
        return "%jars PATH... or %classpath PATH...: add jars or class folders (globs like lib/*.jar);"
                + " alone, list the class path, bundled and added";
    }

    @Override
    public CellOutcome run(String name, String arguments, String body, MagicContext context) {
        if (arguments.isEmpty()) {
            list(adder.artifacts());
            return new CellOutcome.Success(null, false);
        }
        List<ClassPathEntry> entries = new ArrayList<>();
        for (String argument : arguments.split("\\s+|" + File.pathSeparator)) {
            if (argument.isEmpty()) {
                continue;
            }
            try {
                List<Path> found = expand(argument);
                if (found.isEmpty()) {
                    return MagicErrors.failure("FileNotFound", "No jar or folder matches " + argument + " in "
                            + Path.of("").toAbsolutePath());
                }
                found.forEach(path -> entries.add(ClassPathArtifacts.local(path)));
            } catch (IOException e) {
                return MagicErrors.failure("FileNotReadable", "Cannot list " + argument + ": " + e.getMessage());
            }
        }
        Set<String> named = entries.stream().flatMap(entry -> entry.coordinates().stream())
                .map(Coordinates::key).collect(Collectors.toSet());
        return adder.add(entries, named, context);
    }

    private static void list(ClassPathArtifacts artifacts) {
        List<ClassPathEntry> bundled = artifacts.bundled();
        System.out.println("Bundled with the kernel (" + bundled.size() + ", first on the class path: where an artifact"
                + " is here, cells use this version):");
        bundled.stream().map(ClassPathEntry::describe).sorted().forEach(line -> System.out.println("  " + line));
        List<ClassPathEntry> added = artifacts.added();
        System.out.println(added.isEmpty() ? "Added: nothing yet." : "Added (" + added.size() + ", in order):");
        added.forEach(entry -> System.out.println("  " + entry.describe()));
    }

    /** The paths an argument names: itself if it exists, or the files its glob matches. */
    private static List<Path> expand(String argument) throws IOException {
        Path path = Path.of(argument).toAbsolutePath();
        String fileName = path.getFileName() == null ? "" : path.getFileName().toString();
        if (!fileName.contains("*") && !fileName.contains("?")) {
            return Files.exists(path) ? List.of(path) : List.of();
        }
        List<Path> matches = new ArrayList<>();
        if (Files.isDirectory(path.getParent())) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(path.getParent(), fileName)) {
                files.forEach(matches::add);
            }
        }
        matches.sort(null);
        return matches;
    }
}
