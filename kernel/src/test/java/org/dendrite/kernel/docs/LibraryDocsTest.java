package org.dendrite.kernel.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Javadoc read from the library's sources jar, which is on the kernel's class path as it is at run time. */
class LibraryDocsTest {

    private final LibraryDocs docs = new LibraryDocs(LibraryDocsTest.class.getClassLoader());

    @Test
    void methodJavadocIsFoundFromJShellsSignature() {
        Optional<String> javadoc = docs.javadoc("org.dendrite.tensor.Tensor org.dendrite.tensor.Tensor.randn(int... shape)",
                List.of());

        assertEquals(Optional.of("Standard normal random values, from the generator seeded by manualSeed."), javadoc);
    }

    @Test
    void classJavadocResolvesLinksAndCode() {
        String text = docs.javadoc("org.dendrite.tensor.Tensor", List.of()).orElseThrow();

        assertTrue(text.startsWith("An n-dimensional array of numbers that remembers how it was computed, so that"
                + " backward() can fill in the gradient of every tensor with requiresGrad."), text);
    }

    @Test
    void classNamedWithoutItsPackageIsFoundThroughTheImports() {
        Optional<String> javadoc = docs.javadoc("Tensor Tensor.randn(int... shape)", List.of("java.util.*", "org.dendrite.tensor.*"));

        assertEquals(Optional.of("Standard normal random values, from the generator seeded by manualSeed."), javadoc);
        assertEquals(javadoc, docs.javadoc("Tensor Tensor.randn(int... shape)", List.of("org.dendrite.tensor.Tensor")));
    }

    @Test
    void declarationIsWrittenAsInTheSource() {
        TypeDoc display = docs.type("org.dendrite.display.Display").orElseThrow();
        MemberDoc show = display.members().stream().filter(m -> m.name().equals("display")).findFirst().orElseThrow();

        assertEquals("DisplayHandle display(Object value)", show.declaration());
        assertEquals("Shows value now and returns a handle that can replace it later.", show.summary());
    }

    @Test
    void unknownClassesAndJdkClassesHaveNoDocsHere() {
        assertEquals(Optional.empty(), docs.javadoc("int Math.max(int a, int b)", List.of("java.util.*")));
        assertEquals(Optional.empty(), docs.type("org.dendrite.NoSuchClass"));
    }

    @Test
    void parameterNamesIgnoreCommasInsideTypeArguments() {
        assertEquals(List.of("m", "n"), LibraryDocs.parameterNames("java.util.Map<K, java.util.List<V>> m, int... n"));
    }

    @Test
    void packagesListTheirSummaryAndOnlyPublicClasses() {
        PackageDoc tensor = docs.packages("org.dendrite").stream()
                .filter(p -> p.name().equals("org.dendrite.tensor")).findFirst().orElseThrow();

        assertTrue(tensor.summary().startsWith("Tensors with reverse-mode autograd"), tensor.summary());
        List<String> names = tensor.types().stream().map(TypeDoc::simpleName).toList();
        assertTrue(names.contains("Tensor"), names::toString);
        assertFalse(names.contains("Pointwise"), names::toString);
    }
}
