package org.dendrite.kernel.magic;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dendrite.kernel.engine.CellOutcome;

/**
 * {@code %classpath} and {@code %jars}: add local jars and class folders to what cells compile
 * and run against ({@code lib/*.jar} takes every match); without arguments, list what was added.
 */
final class ClasspathMagic implements Magic {

    @Override
    public List<String> names() {
        return List.of("%classpath", "%jars");
    }

    @Override
    public String summary() {
        return "%jars PATH... or %classpath PATH...: add jars or class folders (globs like lib/*.jar); alone, list them";
    }

    @Override
    public CellOutcome run(String name, String arguments, String body, MagicContext context) {
        if (arguments.isEmpty()) {
            List<String> added = context.engine().addedClassPath();
            System.out.println(added.isEmpty() ? "Nothing added to the class path yet."
                    : "Added to the class path:\n  " + String.join("\n  ", added));
            return new CellOutcome.Success(null, false);
        }
        List<Path> entries = new ArrayList<>();
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
                entries.addAll(found);
            } catch (IOException e) {
                return MagicErrors.failure("FileNotReadable", "Cannot list " + argument + ": " + e.getMessage());
            }
        }
        context.engine().addToClassPath(entries);
        entries.forEach(entry -> System.out.println("Added " + entry));
        return new CellOutcome.Success(entries.stream().map(Path::toString).toList(), false);   // IJava's value
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
