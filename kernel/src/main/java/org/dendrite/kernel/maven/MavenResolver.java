package org.dendrite.kernel.maven;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.maven.repository.internal.MavenRepositorySystemUtils;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.transfer.AbstractTransferListener;
import org.eclipse.aether.transfer.TransferEvent;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * Resolves Maven coordinates ({@code group:artifact:version}) with their transitive dependencies,
 * as Maven would for a project that declares them: optional dependencies of dependencies and
 * test or provided ones are left out, and jars are kept in a local repository for next time.
 * Looks in Maven Central and in the repositories added with {@link #addRepository}.
 */
public final class MavenResolver {

    /** Maven Central, where {@code %maven} looks. */
    public static final String CENTRAL = "https://repo.maven.apache.org/maven2/";

    private final Path localRepository;
    private final List<RemoteRepository> remotes = new ArrayList<>();
    private RepositorySystem system;

    /** A resolver that downloads from {@code remoteUrls} into {@code localRepository}; Maven's machinery starts on first use. */
    public MavenResolver(Path localRepository, List<String> remoteUrls) {
        this.localRepository = localRepository;
        for (int i = 0; i < remoteUrls.size(); i++) {
            remotes.add(repository(i == 0 ? "central" : "remote-" + i, remoteUrls.get(i)));
        }
    }

    /**
     * The resolver the kernel uses: Maven Central into {@code DENDRITE_MAVEN_REPOSITORY}, else
     * the user's {@code ~/.m2/repository}, which Maven shares.
     */
    public static MavenResolver fromEnvironment(Map<String, String> env) {
        String local = env.get("DENDRITE_MAVEN_REPOSITORY");
        Path repository = local != null && !local.isBlank() ? Path.of(local)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        return new MavenResolver(repository, List.of(CENTRAL));
    }

    /** Where jars are kept. */
    public Path localRepository() {
        return localRepository;
    }

    /**
     * Makes later resolutions look in repository {@code id} at {@code url} too, after those
     * before it; an {@code id} known already gets the new URL.
     *
     * @throws IllegalArgumentException when {@code url} is not an absolute URL such as {@code https://...} or {@code file:/...}
     */
    public synchronized void addRepository(String id, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + url + "' is not a URL: " + e.getReason());
        }
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("'" + url + "' is not an absolute URL such as https://host/path/ or file:/folder/");
        }
        RemoteRepository repository = repository(id, url);
        remotes.replaceAll(known -> known.getId().equals(id) ? repository : known);
        if (remotes.stream().noneMatch(known -> known.getId().equals(id))) {
            remotes.add(repository);
        }
    }

    /** The repositories resolutions look in, as {@code id url}, in order. */
    public synchronized List<String> repositories() {
        return remotes.stream().map(remote -> remote.getId() + " " + remote.getUrl()).toList();
    }

    private static RemoteRepository repository(String id, String url) {
        return new RemoteRepository.Builder(id, "default", url).build();
    }

    /**
     * The jars of {@code coordinates} and their dependencies in {@code scope} ({@code compile} or
     * {@code runtime}); {@code progress} hears of each download.
     *
     * @throws IllegalArgumentException for malformed coordinates or a scope other than those two
     * @throws IllegalStateException when something cannot be resolved, naming it
     */
    public List<ClassPathEntry> resolve(List<String> coordinates, String scope, Consumer<String> progress) {
        if (!scope.equals(JavaScopes.COMPILE) && !scope.equals(JavaScopes.RUNTIME)) {
            throw new IllegalArgumentException("Scope '" + scope + "' is not one of compile, runtime");
        }
        List<Dependency> dependencies = new ArrayList<>();
        for (String coordinate : coordinates) {
            dependencies.add(new Dependency(new DefaultArtifact(coordinate), scope));
        }
        return resolve(dependencies, List.of(scope), progress);
    }

    /**
     * The jars of {@code dependencies} (each with its own scope and exclusions, as a POM declares
     * them) and of their dependencies in {@code scopes}; {@code progress} hears of each download.
     *
     * @throws IllegalStateException when something cannot be resolved, naming it
     */
    public synchronized List<ClassPathEntry> resolve(List<Dependency> dependencies, List<String> scopes, Consumer<String> progress) {
        CollectRequest collect = new CollectRequest();
        dependencies.forEach(collect::addDependency);
        collect.setRepositories(List.copyOf(remotes));
        DependencyRequest request = new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(scopes));
        if (system == null) {
            system = new RepositorySystemSupplier().get();
        }
        try {
            List<ClassPathEntry> jars = new ArrayList<>();
            for (ArtifactResult result : system.resolveDependencies(session(progress), request).getArtifactResults()) {
                Artifact artifact = result.getArtifact();
                if (artifact.getFile() != null) {
                    jars.add(new ClassPathEntry(artifact.getFile().toPath(), Optional.of(
                            new Coordinates(artifact.getGroupId(), artifact.getArtifactId(), artifact.getBaseVersion()))));
                }
            }
            return jars;
        } catch (DependencyResolutionException e) {
            throw new IllegalStateException("Cannot resolve " + dependencies.stream().map(d -> d.getArtifact().toString())
                    .collect(Collectors.joining(", ")) + ": " + e.getMessage(), e);
        }
    }

    private DefaultRepositorySystemSession session(Consumer<String> progress) {
        DefaultRepositorySystemSession session = MavenRepositorySystemUtils.newSession();
        session.setLocalRepositoryManager(system.newLocalRepositoryManager(session,
                new LocalRepository(localRepository.toFile())));
        session.setSystemProperties(System.getProperties());
        session.setTransferListener(new AbstractTransferListener() {
            @Override
            public void transferSucceeded(TransferEvent event) {
                String name = event.getResource().getResourceName();
                if (name.endsWith(".jar")) {
                    progress.accept(String.format(Locale.ROOT, "Downloaded %s (%.1f kB)",
                            name.substring(name.lastIndexOf('/') + 1), event.getTransferredBytes() / 1000.0));
                }
            }
        });
        return session;
    }
}
