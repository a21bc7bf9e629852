package org.dendrite.kernel.magic;

import java.util.List;
import org.dendrite.kernel.engine.CellOutcome;
import org.dendrite.kernel.maven.MavenResolver;

/**
 * {@code %mavenRepo ID URL} (IJava's name): later {@code %maven} and {@code %loadFromPOM} also
 * look in that repository; alone, lists the repositories.
 */
final class MavenRepoMagic implements Magic {

    private static final String USAGE = "%mavenRepo ID URL";

    private final MavenResolver resolver;

    MavenRepoMagic(MavenResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public List<String> names() {
        return List.of("%mavenRepo");
    }

    @Override
    public String summary() {
        return USAGE + ": also resolve later %maven and %loadFromPOM from this repository; alone, list them";
    }

    @Override
    public CellOutcome run(String name, String arguments, String body, MagicContext context) {
        if (arguments.isEmpty()) {
            System.out.println("Maven repositories, searched in order:\n  " + String.join("\n  ", resolver.repositories()));
            return new CellOutcome.Success(null, false);
        }
        String[] words = arguments.split("\\s+");
        if (words.length != 2) {
            return MagicErrors.usage("expected an id and a URL, got " + words.length + " word" + (words.length == 1 ? "" : "s"), USAGE);
        }
        try {
            resolver.addRepository(words[0], words[1]);
        } catch (IllegalArgumentException e) {
            return MagicErrors.usage(e.getMessage(), USAGE);
        }
        announce(words[0], words[1]);
        return new CellOutcome.Success(null, false);
    }

    /** Says that repository {@code id} at {@code url} was added; {@code %loadFromPOM} says it too. */
    static void announce(String id, String url) {
        System.out.println("Maven repository " + id + " at " + url + ": later resolutions look there too.");
    }
}
