package org.dendrite.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dendrite.layering.PackageGraph;
import org.junit.jupiter.api.Test;

/** The kernel's packages use only what their package-info.java allows, and never in a circle. */
class KernelLayeringTest {

    private static final PackageGraph KERNEL = PackageGraph.ofClasses(classes());

    @Test
    void everyPackageUsesOnlyWhatItsPackageInfoAllows() {
        assertTrue(KERNEL.packages().containsAll(List.of("org.dendrite.kernel", "org.dendrite.kernel.protocol")),
                "the graph was read from the kernel's classes: " + KERNEL.packages());
        assertEquals(List.of(), KERNEL.violationsOf(PackageGraph.allowedBy(Path.of("src/main/java"))));
    }

    @Test
    void noPackagesUseEachOtherInACircle() {
        assertEquals(List.of(), KERNEL.cycles(Set.of()));
    }

    private static Path classes() {
        try {
            return Path.of(KernelMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
