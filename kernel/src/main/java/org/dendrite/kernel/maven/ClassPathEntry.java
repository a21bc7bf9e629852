package org.dendrite.kernel.maven;

import java.nio.file.Path;
import java.util.Optional;

/** A jar or class folder on the cells' class path, with its Maven coordinates where they are known. */
public record ClassPathEntry(Path path, Optional<Coordinates> coordinates) {

    /** How {@code %classpath} and {@code %maven} name it: its coordinates and file name, or its path. */
    public String describe() {
        return coordinates.map(c -> c + " (" + path.getFileName() + ")").orElse(path.toString());
    }
}
