package org.dendrite.kernel.maven;

import java.util.Optional;

/**
 * What happens to one resolved or named jar under the class path's version rule (see
 * {@link ClassPathArtifacts}): its verdict, the jar, and the version already on the class path
 * that the verdict is about, if any.
 */
public record Admission(Verdict verdict, ClassPathEntry jar, Optional<Coordinates> present) {

    /** The outcomes of the rule, each with what cells will use. */
    public enum Verdict {
        /** New to the class path: added, cells use it. */
        ADDED,
        /** The kernel bundles this very version: nothing to add. */
        ALREADY_BUNDLED,
        /** The kernel bundles another version, which cells keep using; the jar is not added. */
        BUNDLED_WINS,
        /** Named outright in another version than the one the kernel itself runs on: the magic fails. */
        REFUSED,
        /** Added earlier in this version: nothing to add. */
        ALREADY_ADDED,
        /** Another version was added earlier; it stays until the kernel restarts. */
        EARLIER_WINS
    }

    /** Whether the jar goes onto the class path. */
    public boolean adds() {
        return verdict == Verdict.ADDED;
    }

    /** One line that says what cells will use. */
    public String describe() {
        String asked = jar.describe();
        String kept = present.map(Coordinates::version).orElse("");
        return switch (verdict) {
            case ADDED -> "Added " + asked;
            case ALREADY_BUNDLED -> "Already on the class path (bundled with the kernel): " + asked;
            case BUNDLED_WINS -> "Not added: " + asked + ". The kernel bundles version " + kept
                    + ", and cells use " + kept + " (bundled versions win: the library is built against them)";
            case REFUSED -> "Refused: " + asked + ". The kernel itself runs on version " + kept + " ("
                    + ClassPathArtifacts.kernelUse(jar.coordinates().orElseThrow()) + ") and cells share its classes,"
                    + " so only " + kept + " can be loaded; ask for " + kept + " or leave it out";
            case ALREADY_ADDED -> "Already added: " + asked;
            case EARLIER_WINS -> "Not added: " + asked + ". Version " + kept + " was added earlier, and cells keep "
                    + kept + " until the kernel restarts (then ask for the version you want first)";
        };
    }
}
