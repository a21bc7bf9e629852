package org.dendrite.kernel.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The coordinates a jar states about itself: Maven writes them to
 * {@code META-INF/maven/GROUP/ARTIFACT/pom.properties}. A jar with none, or with several (a jar
 * that bundles others), states nothing.
 */
final class JarCoordinates {

    private JarCoordinates() {
    }

    /** The coordinates in {@code jar}'s single {@code pom.properties}, if it has exactly one. */
    static Optional<Coordinates> read(Path jar) {
        if (!Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> found = file.stream()
                    .filter(entry -> entry.getName().startsWith("META-INF/maven/") && entry.getName().endsWith("/pom.properties"))
                    .toList();
            if (found.size() != 1) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            try (InputStream in = file.getInputStream(found.get(0))) {
                properties.load(in);
            }
            String group = properties.getProperty("groupId");
            String artifact = properties.getProperty("artifactId");
            String version = properties.getProperty("version");
            return group == null || artifact == null || version == null ? Optional.empty()
                    : Optional.of(new Coordinates(group, artifact, version));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
