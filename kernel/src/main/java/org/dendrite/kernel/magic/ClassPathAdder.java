package org.dendrite.kernel.magic;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dendrite.kernel.engine.CellOutcome;
import org.dendrite.kernel.maven.Admission;
import org.dendrite.kernel.maven.ClassPathArtifacts;
import org.dendrite.kernel.maven.ClassPathEntry;

/**
 * Puts jars on the cells' class path under the version rule of {@link ClassPathArtifacts}, for
 * {@code %maven}, {@code %loadFromPOM} and {@code %jars}, and prints one line per jar saying what
 * cells will use. A refused jar fails the magic before anything is added.
 */
final class ClassPathAdder {

    private final ClassPathArtifacts artifacts;

    ClassPathAdder(ClassPathArtifacts artifacts) {
        this.artifacts = artifacts;
    }

    /** The class path's artifacts, bundled and added. */
    ClassPathArtifacts artifacts() {
        return artifacts;
    }

    /**
     * Adds what the rule admits of {@code jars}; {@code named} holds the {@code group:artifact} keys
     * asked for outright. The outcome's value is the paths added.
     */
    CellOutcome add(List<ClassPathEntry> jars, Set<String> named, MagicContext context) {
        List<Admission> admissions = artifacts.admit(jars, named);
        List<Admission> refused = admissions.stream().filter(a -> a.verdict() == Admission.Verdict.REFUSED).toList();
        if (!refused.isEmpty()) {
            return MagicErrors.failure("KernelDependencyConflict", refused.stream().map(Admission::describe)
                    .collect(Collectors.joining("\n")) + "\nNothing was added.");
        }
        List<Path> paths = admissions.stream().filter(Admission::adds).map(a -> a.jar().path()).toList();
        context.engine().addToClassPath(paths);
        artifacts.record(admissions);
        admissions.forEach(admission -> System.out.println(admission.describe()));
        if (paths.isEmpty()) {
            System.out.println("Nothing added: cells use what was on the class path already.");
        }
        return new CellOutcome.Success(paths.stream().map(Path::toString).toList(), false);   // IJava's value: the jars added
    }
}
