package org.dendrite.kernel.magic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dendrite.kernel.engine.CellOutcome;

/** {@code %load File.java}: runs the Java in a file, so that its classes and methods are defined in the notebook. */
final class LoadMagic implements Magic {

    @Override
    public List<String> names() {
        return List.of("%load");
    }

    @Override
    public String summary() {
        return "%load FILE.java: run the Java in FILE (relative to the notebook's folder); its definitions stay";
    }

    @Override
    public CellOutcome run(String name, String arguments, String body, MagicContext context) {
        if (arguments.isEmpty()) {
            return MagicErrors.usage("no file named", "%load FILE.java");
        }
        Path file = Path.of(arguments);
        if (!Files.isRegularFile(file)) {
            return MagicErrors.failure("FileNotFound", "No file " + file.toAbsolutePath());
        }
        try {
            return context.evaluate(Files.readString(file));
        } catch (IOException e) {
            return MagicErrors.failure("FileNotReadable", "Cannot read " + file.toAbsolutePath() + ": " + e.getMessage());
        }
    }
}
