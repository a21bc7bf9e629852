package org.dendrite.kernel.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolution against a small repository on disk, laid out as Maven Central is. */
class MavenResolverTest {

    @TempDir
    Path remote;
    @TempDir
    Path local;
    private MavenResolver resolver;

    /** Publishes org.example:NAME:1.0 with a jar and a POM declaring {@code dependencies} (NAME:SCOPE[:optional]). */
    private void publish(String name, String... dependencies) throws IOException {
        Path dir = remote.resolve("org/example/" + name + "/1.0");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + "-1.0.jar"), new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        StringBuilder pom = new StringBuilder("<project><modelVersion>4.0.0</modelVersion><groupId>org.example</groupId>"
                + "<artifactId>" + name + "</artifactId><version>1.0</version><dependencies>");
        for (String dependency : dependencies) {
            String[] parts = dependency.split(":");
            pom.append("<dependency><groupId>org.example</groupId><artifactId>").append(parts[0])
                    .append("</artifactId><version>1.0</version><scope>").append(parts[1]).append("</scope>")
                    .append(parts.length > 2 ? "<optional>true</optional>" : "").append("</dependency>");
        }
        Files.writeString(dir.resolve(name + "-1.0.pom"), pom.append("</dependencies></project>").toString());
    }

    @BeforeEach
    void repository() throws IOException {
        publish("app", "core:compile", "driver:runtime", "extra:compile:optional", "checks:test");
        publish("core", "util:compile");
        for (String leaf : List.of("util", "driver", "extra", "checks", "other")) {
            publish(leaf);
        }
        resolver = new MavenResolver(local, List.of(remote.toUri().toString()));
    }

    private static List<String> names(List<ClassPathEntry> jars) {
        return jars.stream().map(jar -> jar.path().getFileName().toString()).sorted().toList();
    }

    @Test
    void runtimeScopeBringsTransitiveDependenciesButNotOptionalOrTestOnes() {
        List<String> progress = new ArrayList<>();

        List<ClassPathEntry> jars = resolver.resolve(List.of("org.example:app:1.0"), "runtime", progress::add);

        assertEquals(List.of("app-1.0.jar", "core-1.0.jar", "driver-1.0.jar", "util-1.0.jar"), names(jars));
        assertTrue(jars.stream().allMatch(jar -> jar.path().startsWith(local)), jars::toString);
        assertEquals(new Coordinates("org.example", "app", "1.0"), jars.get(0).coordinates().orElseThrow());
        assertTrue(progress.contains("Downloaded app-1.0.jar (0.0 kB)"), progress::toString);
    }

    @Test
    void compileScopeLeavesRuntimeDependenciesOut() {
        assertEquals(List.of("app-1.0.jar", "core-1.0.jar", "util-1.0.jar"),
                names(resolver.resolve(List.of("org.example:app:1.0"), "compile", line -> { })));
    }

    @Test
    void severalCoordinatesAreResolvedTogether() {
        assertEquals(List.of("other-1.0.jar", "util-1.0.jar"),
                names(resolver.resolve(List.of("org.example:util:1.0", "org.example:other:1.0"), "runtime", line -> { })));
    }

    @Test
    void pomDependenciesKeepTheirExclusions() {
        PomDependencies pom = PomDependencies.parse("<dependency><groupId>org.example</groupId><artifactId>app</artifactId>"
                + "<version>1.0</version><exclusions><exclusion><groupId>org.example</groupId><artifactId>util</artifactId>"
                + "</exclusion></exclusions></dependency>");

        assertEquals(List.of("app-1.0.jar", "core-1.0.jar", "driver-1.0.jar"),
                names(resolver.resolve(pom.inScopes(List.of("compile", "runtime")), List.of("runtime"), line -> { })));
    }

    @Test
    void addedRepositoryIsSearchedToo() throws IOException {
        Path elsewhere = remote.resolve("elsewhere");
        Path dir = Files.createDirectories(elsewhere.resolve("org/other/lone/2.0"));
        Files.write(dir.resolve("lone-2.0.jar"), new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        Files.writeString(dir.resolve("lone-2.0.pom"), "<project><modelVersion>4.0.0</modelVersion><groupId>org.other</groupId>"
                + "<artifactId>lone</artifactId><version>2.0</version></project>");

        resolver.addRepository("elsewhere", elsewhere.toUri().toString());

        assertEquals(List.of("lone-2.0.jar"), names(resolver.resolve(List.of("org.other:lone:2.0"), "runtime", line -> { })));
        assertEquals("elsewhere " + elsewhere.toUri(), resolver.repositories().get(1));
        assertThrows(IllegalArgumentException.class, () -> resolver.addRepository("relative", "some/folder"));
    }

    @Test
    void missingArtifactIsNamed() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> resolver.resolve(List.of("org.example:absent:2.0"), "runtime", line -> { }));

        assertTrue(error.getMessage().contains("org.example:absent:jar:2.0"), error.getMessage());
    }

    @Test
    void malformedCoordinatesAndScopesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> resolver.resolve(List.of("just-a-name"), "runtime", line -> { }));
        assertThrows(IllegalArgumentException.class, () -> resolver.resolve(List.of("org.example:util:1.0"), "test", line -> { }));
    }
}
