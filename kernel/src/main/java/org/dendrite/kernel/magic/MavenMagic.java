package org.dendrite.kernel.magic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dendrite.kernel.engine.CellOutcome;
import org.dendrite.kernel.maven.ClassPathEntry;
import org.dendrite.kernel.maven.MavenResolver;

/**
 * {@code %maven [--scope compile|runtime] group:artifact:version ...}, also by IJava's names
 * {@code %addMavenDependency} and {@code %addMavenDependencies}: resolves the artifacts and their
 * dependencies from Maven Central (and the repositories {@code %mavenRepo} added) and puts the
 * jars on the class path of the cells, under the rule for versions that clash.
 */
final class MavenMagic implements Magic {

    private static final String USAGE = "%maven [--scope compile|runtime] GROUP:ARTIFACT:VERSION ...";

    private final MavenResolver resolver;
    private final ClassPathAdder adder;

    MavenMagic(MavenResolver resolver, ClassPathAdder adder) {
        this.resolver = resolver;
        this.adder = adder;
    }

    @Override
    public List<String> names() {
        return List.of("%maven", "%addMavenDependency", "%addMavenDependencies");
    }

    @Override
    public String summary() {
        return USAGE + " (or %addMavenDependency, %addMavenDependencies): add artifacts and their dependencies"
                + " (runtime scope by default, optional ones left out) from Maven Central and %mavenRepo repositories";
    }

    @Override
    public CellOutcome run(String name, String arguments, String body, MagicContext context) {
        String scope = "runtime";
        List<String> coordinates = new ArrayList<>();
        String[] words = arguments.isEmpty() ? new String[0] : arguments.split("[\\s,]+");
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals("--scope")) {
                if (i + 1 == words.length) {
                    return MagicErrors.usage("--scope needs compile or runtime", USAGE);
                }
                scope = words[++i];
            } else if (words[i].startsWith("-")) {
                return MagicErrors.usage("unknown option " + words[i], USAGE);
            } else if (!words[i].isEmpty()) {
                coordinates.add(words[i]);
            }
        }
        if (coordinates.isEmpty()) {
            return MagicErrors.usage("no artifact named", USAGE);
        }
        List<ClassPathEntry> jars;
        try {
            jars = resolver.resolve(coordinates, scope, System.out::println);
        } catch (IllegalArgumentException e) {
            return MagicErrors.usage(e.getMessage(), USAGE);
        } catch (IllegalStateException e) {
            return MagicErrors.failure("MavenResolutionError", e.getMessage());
        }
        Set<String> named = coordinates.stream().map(MavenMagic::key).collect(Collectors.toSet());
        return adder.add(jars, named, context);
    }

    /** {@code group:artifact} of coordinates that resolved, so have both. */
    private static String key(String coordinates) {
        String[] parts = coordinates.split(":");
        return parts[0] + ":" + parts[1];
    }
}
