package org.dendrite.layering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dendrite.Dendrite;
import org.junit.jupiter.api.Test;

/** The library's packages use only what their package-info.java allows, never the kernel, and never in a circle. */
class LibraryLayeringTest {

    private static final PackageGraph LIBRARY = PackageGraph.ofClasses(classesOf(Dendrite.class));
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void everyPackageUsesOnlyWhatItsPackageInfoAllows() {
        assertTrue(LIBRARY.packages().containsAll(Set.of("org.dendrite", "org.dendrite.tensor", "org.dendrite.plot")),
                "the graph was read from the library's classes: " + LIBRARY.packages());
        assertEquals(List.of(), LIBRARY.violationsOf(PackageGraph.allowedBy(SOURCES)));
    }

    @Test
    void onlyTheirNamedUsersUseInternalPackages() {
        Map<String, Set<String>> internal = PackageGraph.internalUnder(SOURCES);
        assertTrue(internal.keySet().containsAll(Set.of("org.dendrite.tensor.backend", "org.dendrite.tensor.cpu",
                "org.dendrite.tensor.cuda", "org.dendrite.device.cuda")), internal.toString());
        assertEquals(List.of(), LIBRARY.internalViolationsOf(internal));
    }

    @Test
    void libraryNeverUsesTheKernel() {
        for (String pkg : LIBRARY.packages()) {
            assertTrue(LIBRARY.uses(pkg).stream().noneMatch(used -> used.startsWith("org.dendrite.kernel")),
                    pkg + " uses the kernel: " + LIBRARY.uses(pkg));
        }
    }

    @Test
    void noPackagesUseEachOtherInACircle() {
        assertEquals(List.of(), LIBRARY.cycles(PackageGraph.internalUnder(SOURCES).keySet()));
    }

    @Test
    void theChecksFindAForbiddenUseACircleAndAnOutsiderUsingAnInternalPackage() {
        PackageGraph graph = new PackageGraph(Map.of(
                "org.dendrite.a", Set.of("org.dendrite.b"),
                "org.dendrite.b", Set.of("org.dendrite.c"),
                "org.dendrite.c", Set.of("org.dendrite.a"),
                "org.dendrite.d", Set.of()));
        Map<String, Set<String>> allowed = Map.of(
                "org.dendrite.a", Set.of("org.dendrite.b"),
                "org.dendrite.b", Set.of("org.dendrite.c"),
                "org.dendrite.c", Set.of());
        assertEquals(List.of("org.dendrite.c uses org.dendrite.a, which its package-info.java does not allow",
                "org.dendrite.d: its package-info.java has no '<p>Uses: {@code ...}' sentence"), graph.violationsOf(allowed));
        assertEquals(List.of(Set.of("org.dendrite.a", "org.dendrite.b", "org.dendrite.c")), graph.cycles(Set.of()));
        PackageGraph family = new PackageGraph(Map.of(
                "org.dendrite.t", Set.of("org.dendrite.t.cpu"),
                "org.dendrite.t.cpu", Set.of("org.dendrite.t"),
                "org.dendrite.u", Set.of("org.dendrite.t.cpu")));
        assertEquals(List.of(), family.cycles(Set.of("org.dendrite.t.cpu")), "an internal package may use its parent");
        assertEquals(1, family.cycles(Set.of()).size());
        assertEquals(List.of("org.dendrite.u uses the internal org.dendrite.t.cpu, which is only for [org.dendrite.t]"),
                family.internalViolationsOf(Map.of("org.dendrite.t.cpu", Set.of("org.dendrite.t"))));
    }

    @Test
    void compiledClassesAreReadForEveryKindOfUse() {
        PackageGraph own = PackageGraph.ofClasses(classesOf(LibraryLayeringTest.class));
        // this test names org.dendrite.Dendrite in a field initializer, Set and Map come from the JDK
        assertTrue(own.uses("org.dendrite.layering").contains("org.dendrite"), own.uses("org.dendrite.layering").toString());
    }

    /** The folder (or jar) the class was loaded from. */
    static Path classesOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
