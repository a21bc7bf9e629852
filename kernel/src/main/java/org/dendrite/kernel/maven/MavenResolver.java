package org.dendrite.kernel.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.maven.repository.internal.MavenRepositorySystemUtils;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
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
 */
public final class MavenResolver {

    /** Maven Central, where {@code %maven} looks. */
    public static final String CENTRAL = "https://repo.maven.apache.org/maven2/";

    private final Path localRepository;
    private final List<RemoteRepository> remotes;
    private RepositorySystem system;

    /** A resolver that downloads from {@code remoteUrls} into {@code localRepository}; Maven's machinery starts on first use. */
    public MavenResolver(Path localRepository, List<String> remoteUrls) {
        this.localRepository = localRepository;
        List<RemoteRepository> repositories = new ArrayList<>();
        for (int i = 0; i < remoteUrls.size(); i++) {
            repositories.add(new RemoteRepository.Builder(i == 0 ? "central" : "remote-" + i, "default", remoteUrls.get(i))
                    .build());
        }
        this.remotes = List.copyOf(repositories);
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
     * The jars of {@code coordinates} and their dependencies in {@code scope} ({@code compile} or
     * {@code runtime}); {@code progress} hears of each download.
     *
     * @throws IllegalArgumentException for malformed coordinates or a scope other than those two
     * @throws IllegalStateException when something cannot be resolved, naming it
     */
    public synchronized List<Path> resolve(List<String> coordinates, String scope, Consumer<String> progress) {
        if (!scope.equals(JavaScopes.COMPILE) && !scope.equals(JavaScopes.RUNTIME)) {
            throw new IllegalArgumentException("Scope '" + scope + "' is not one of compile, runtime");
        }
        CollectRequest collect = new CollectRequest();
        for (String coordinate : coordinates) {
            collect.addDependency(new Dependency(new DefaultArtifact(coordinate), scope));
        }
        collect.setRepositories(remotes);
        DependencyRequest request = new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(scope));
        if (system == null) {
            system = new RepositorySystemSupplier().get();
        }
        try {
            List<Path> jars = new ArrayList<>();
            for (ArtifactResult result : system.resolveDependencies(session(progress), request).getArtifactResults()) {
                File file = result.getArtifact().getFile();
                if (file != null) {
                    jars.add(file.toPath());
                }
            }
            return jars;
        } catch (DependencyResolutionException e) {
            throw new IllegalStateException("Cannot resolve " + String.join(", ", coordinates) + ": " + e.getMessage(), e);
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
