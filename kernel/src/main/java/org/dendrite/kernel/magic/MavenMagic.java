package org.dendrite.kernel.magic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dendrite.kernel.engine.CellOutcome;
import org.dendrite.kernel.maven.MavenResolver;

/**
 * {@code %maven [--scope compile|runtime] group:artifact:version ...}: resolves the artifacts
 * and their dependencies from Maven Central and adds the jars to the class path of the cells.
 */
final class MavenMagic implements Magic {

    private static final String USAGE = "%maven [--scope compile|runtime] GROUP:ARTIFACT:VERSION ...";

    private final MavenResolver resolver;

    MavenMagic(MavenResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public List<String> names() {
        return List.of("%maven");
    }

    @Override
    public String summary() {
        return USAGE + ": add artifacts and their dependencies (runtime scope by default, optional ones left out)"
                + " from Maven Central";
    }

    @Override
    public CellOutcome run(String name, String arguments, String body, MagicContext context) {
        String scope = "runtime";
        List<String> coordinates = new ArrayList<>();
        String[] words = arguments.isEmpty() ? new String[0] : arguments.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals("--scope")) {
                if (i + 1 == words.length) {
                    return MagicErrors.usage("--scope needs compile or runtime", USAGE);
                }
                scope = words[++i];
            } else if (words[i].startsWith("-")) {
                return MagicErrors.usage("unknown option " + words[i], USAGE);
            } else {
                coordinates.add(words[i]);
            }
        }
        if (coordinates.isEmpty()) {
            return MagicErrors.usage("no artifact named", USAGE);
        }
        List<Path> jars;
        try {
            jars = resolver.resolve(coordinates, scope, System.out::println);
        } catch (IllegalArgumentException e) {
            return MagicErrors.usage(e.getMessage(), USAGE);
        } catch (IllegalStateException e) {
            return MagicErrors.failure("MavenResolutionError", e.getMessage());
        }
        context.engine().addToClassPath(jars);
        System.out.println("Added " + jars.size() + (jars.size() == 1 ? " jar" : " jars") + " for "
                + String.join(", ", coordinates) + ":");
        jars.forEach(jar -> System.out.println("  " + jar.getFileName()));
        return new CellOutcome.Success(null, false);
    }
}
