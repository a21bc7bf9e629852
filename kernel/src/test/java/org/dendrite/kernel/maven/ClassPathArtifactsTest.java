package org.dendrite.kernel.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rule for a jar that would bring a second version of an artifact, without an engine. */
class ClassPathArtifactsTest {

    private final ClassPathArtifacts artifacts = new ClassPathArtifacts(List.of(
            jar("org.knowm.xchart:xchart:3.8.8"), jar("com.google.code.gson:gson:2.11.0")));

    private static ClassPathEntry jar(String coordinates) {
        String[] parts = coordinates.split(":");
        return new ClassPathEntry(Path.of("/jars/" + parts[1] + "-" + parts[2] + ".jar"),
                Optional.of(new Coordinates(parts[0], parts[1], parts[2])));
    }

    private List<Admission.Verdict> verdicts(Set<String> named, String... coordinates) {
        return artifacts.admit(Arrays.stream(coordinates).map(ClassPathArtifactsTest::jar).toList(), named).stream()
                .map(Admission::verdict).toList();
    }

    @Test
    void bundledVersionsWinOverOtherVersions() {
        assertEquals(List.of(Admission.Verdict.ALREADY_BUNDLED, Admission.Verdict.BUNDLED_WINS),
                verdicts(Set.of("org.knowm.xchart:xchart"), "org.knowm.xchart:xchart:3.8.8", "org.knowm.xchart:xchart:3.5.2"));
    }

    @Test
    void kernelsOwnArtifactIsRefusedOnlyWhenNamedOutright() {
        assertEquals(List.of(Admission.Verdict.REFUSED), verdicts(Set.of("com.google.code.gson:gson"), "com.google.code.gson:gson:2.8.9"));
        assertEquals(List.of(Admission.Verdict.ADDED, Admission.Verdict.BUNDLED_WINS),
                verdicts(Set.of("org.example:app"), "org.example:app:1.0", "com.google.code.gson:gson:2.8.9"));
    }

    @Test
    void firstAddedVersionStaysEvenWithinOneRequest() {
        List<Admission> first = artifacts.admit(List.of(jar("org.example:util:1.0"), jar("org.example:util:2.0")), Set.of());
        artifacts.record(first);

        assertEquals(List.of(Admission.Verdict.ADDED, Admission.Verdict.EARLIER_WINS), first.stream().map(Admission::verdict).toList());
        assertEquals(List.of(Admission.Verdict.ALREADY_ADDED, Admission.Verdict.EARLIER_WINS),
                verdicts(Set.of(), "org.example:util:1.0", "org.example:util:3.0"));
        assertEquals(List.of(jar("org.example:util:1.0")), artifacts.added());
    }

    @Test
    void messagesNameBothVersionsAndWhatCellsUse() {
        Admission older = artifacts.admit(List.of(jar("org.knowm.xchart:xchart:3.5.2")), Set.of()).get(0);

        assertEquals("Not added: org.knowm.xchart:xchart:3.5.2 (xchart-3.5.2.jar). The kernel bundles version 3.8.8, and"
                + " cells use 3.8.8 (bundled versions win: the library is built against them)", older.describe());
    }

    @Test
    void kernelClassPathIsNamedFromTheBuildsListOfBundledArtifacts() {
        List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));

        ClassPathArtifacts kernel = ClassPathArtifacts.ofKernel(classPath);

        assertTrue(kernel.bundled().stream().anyMatch(entry -> entry.path().getFileName().toString().startsWith("asm-")
                        && entry.coordinates().map(Coordinates::key).equals(Optional.of("org.ow2.asm:asm"))),
                "asm has no pom.properties, so its name comes from the list: " + kernel.bundled());
    }
}
