package org.dendrite.kernel.maven;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.Exclusion;

/**
 * The {@code <repositories>} and {@code <dependencies>} of a POM, or of a fragment of one (the
 * two elements alone, or bare {@code <dependency>} elements), as {@code %loadFromPOM} reads them.
 * {@code ${name}} in a dependency is replaced by the POM's property of that name, and a missing
 * version is taken from the POM's {@code <dependencyManagement>}.
 */
public record PomDependencies(List<Repository> repositories, List<Dependency> dependencies) {

    /** A repository a POM declares. */
    public record Repository(String id, String url) {
    }

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
    private static final Pattern XML_DECLARATION = Pattern.compile("^\\s*<\\?xml[^>]*\\?>");

    /**
     * Reads {@code pom}: a whole POM, or a fragment that is wrapped in one.
     *
     * @throws IllegalArgumentException when it is not such XML, or a dependency lacks a group, artifact or version
     */
    public static PomDependencies parse(String pom) {
        String xml = XML_DECLARATION.matcher(pom).replaceFirst("").strip();
        if (!xml.contains("<project")) {
            if (!xml.contains("<dependencies") && !xml.contains("<repositories")) {
                xml = "<dependencies>" + xml + "</dependencies>";
            }
            xml = "<project><modelVersion>4.0.0</modelVersion><groupId>notebook</groupId><artifactId>notebook</artifactId>"
                    + "<version>0</version>" + xml + "</project>";
        }
        Model model;
        try {
            model = new MavenXpp3Reader().read(new StringReader(xml), false);
        } catch (IOException | XmlPullParserException e) {
            throw new IllegalArgumentException("Not a POM or a POM fragment: " + e.getMessage(), e);
        }
        Properties properties = new Properties();
        properties.putAll(model.getProperties());
        if (model.getVersion() != null) {
            properties.setProperty("project.version", model.getVersion());
        }
        List<Repository> repositories = model.getRepositories().stream()
                .map(repository -> new Repository(repository.getId(), repository.getUrl())).toList();
        List<org.apache.maven.model.Dependency> managed = model.getDependencyManagement() == null ? List.of()
                : model.getDependencyManagement().getDependencies();
        List<Dependency> dependencies = new ArrayList<>();
        for (org.apache.maven.model.Dependency declared : model.getDependencies()) {
            if (declared.getVersion() == null) {
                managed.stream().filter(m -> m.getManagementKey().equals(declared.getManagementKey())).findFirst()
                        .ifPresent(m -> declared.setVersion(m.getVersion()));
            }
            dependencies.add(dependency(declared, properties));
        }
        return new PomDependencies(repositories, dependencies);
    }

    /** The dependencies whose scope is one of {@code scopes} (no scope means compile). */
    public List<Dependency> inScopes(List<String> scopes) {
        return dependencies.stream().filter(dependency -> scopes.contains(dependency.getScope())).toList();
    }

    private static Dependency dependency(org.apache.maven.model.Dependency declared, Properties properties) {
        String group = interpolate(declared.getGroupId(), properties);
        String artifact = interpolate(declared.getArtifactId(), properties);
        String version = interpolate(declared.getVersion(), properties);
        if (group == null || artifact == null || version == null) {
            throw new IllegalArgumentException("A <dependency> needs <groupId>, <artifactId> and <version>: got "
                    + group + ":" + artifact + ":" + version);
        }
        List<Exclusion> exclusions = declared.getExclusions().stream()
                .map(exclusion -> new Exclusion(exclusion.getGroupId(), exclusion.getArtifactId(), "*", "*")).toList();
        String classifier = declared.getClassifier() == null ? "" : declared.getClassifier();
        String scope = declared.getScope() == null ? "compile" : declared.getScope();
        return new Dependency(new DefaultArtifact(group, artifact, classifier, declared.getType(), version), scope,
                declared.isOptional(), exclusions);
    }

    private static String interpolate(String text, Properties properties) {
        if (text == null) {
            return null;
        }
        Matcher property = PROPERTY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (property.find()) {
            String value = properties.getProperty(property.group(1));
            if (value == null) {
                throw new IllegalArgumentException("Property ${" + property.group(1) + "} in '" + text + "' is not defined in the POM");
            }
            property.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return property.appendTail(out).toString();
    }
}
