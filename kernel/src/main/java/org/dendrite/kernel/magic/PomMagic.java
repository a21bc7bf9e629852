package org.dendrite.kernel.magic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dendrite.kernel.engine.CellOutcome;
import org.dendrite.kernel.maven.ClassPathEntry;
import org.dendrite.kernel.maven.MavenResolver;
import org.dendrite.kernel.maven.PomDependencies;
import org.eclipse.aether.graph.Dependency;

/**
 * {@code %loadFromPOM pom.xml [SCOPE...]} and {@code %%loadFromPOM [SCOPE...]} over a POM or a
 * fragment of one (IJava's names): adds the POM's {@code <repositories>} as {@code %mavenRepo}
 * would, then its {@code <dependencies>} in those scopes (compile and runtime unless named), with
 * their exclusions, as {@code %maven} would.
 */
final class PomMagic implements Magic {

    private static final List<String> SCOPES = List.of("compile", "runtime", "provided", "test");
    private static final String USAGE = "%loadFromPOM POM.xml [SCOPE...] or %%loadFromPOM [SCOPE...] over POM XML";

    private final MavenResolver resolver;
    private final ClassPathAdder adder;

    PomMagic(MavenResolver resolver, ClassPathAdder adder) {
        this.resolver = resolver;
        this.adder = adder;
    }

    @Override
    public List<String> names() {
        return List.of("%loadFromPOM", "%%loadFromPOM");
    }

    @Override
    public String summary() {
        return USAGE + ": add the POM's repositories and its dependencies in those scopes (compile and runtime unless named)";
    }

    @Override
    public CellOutcome run(String name, String arguments, String body, MagicContext context) {
        List<String> words = new ArrayList<>(Arrays.asList(arguments.isEmpty() ? new String[0] : arguments.split("\\s+")));
        String pom = body;
        if (name.equals("%loadFromPOM")) {
            if (words.isEmpty()) {
                return MagicErrors.usage("no POM file named", USAGE);
            }
            Path file = Path.of(words.remove(0));
            if (!Files.isRegularFile(file)) {
                return MagicErrors.failure("FileNotFound", "No file " + file.toAbsolutePath());
            }
            try {
                pom = Files.readString(file);
            } catch (IOException e) {
                return MagicErrors.failure("FileNotReadable", "Cannot read " + file.toAbsolutePath() + ": " + e.getMessage());
            }
        } else if (pom.isBlank()) {
            return MagicErrors.usage("the cell below %%loadFromPOM is empty", USAGE);
        }
        for (String scope : words) {
            if (!SCOPES.contains(scope)) {
                return MagicErrors.usage("'" + scope + "' is not one of the scopes " + String.join(", ", SCOPES), USAGE);
            }
        }
        List<String> scopes = words.isEmpty() ? List.of("compile", "runtime") : words;
        PomDependencies declared;
        try {
            declared = PomDependencies.parse(pom);
        } catch (IllegalArgumentException e) {
            return MagicErrors.failure("PomError", e.getMessage());
        }
        return load(declared, scopes, context);
    }

    private CellOutcome load(PomDependencies declared, List<String> scopes, MagicContext context) {
        for (PomDependencies.Repository repository : declared.repositories()) {
            try {
                resolver.addRepository(repository.id(), repository.url());
            } catch (IllegalArgumentException e) {
                return MagicErrors.failure("PomError", "Repository " + repository.id() + ": " + e.getMessage());
            }
            MavenRepoMagic.announce(repository.id(), repository.url());
        }
        List<Dependency> dependencies = declared.inScopes(scopes);
        if (dependencies.isEmpty()) {
            System.out.println("No dependencies in scope " + String.join(", ", scopes) + ".");
            return new CellOutcome.Success(null, false);
        }
        List<ClassPathEntry> jars;
        try {
            jars = resolver.resolve(dependencies, scopes, System.out::println);
        } catch (IllegalStateException e) {
            return MagicErrors.failure("MavenResolutionError", e.getMessage());
        }
        Set<String> named = dependencies.stream()
                .map(d -> d.getArtifact().getGroupId() + ":" + d.getArtifact().getArtifactId()).collect(Collectors.toSet());
        return adder.add(jars, named, context);
    }
}
