package org.dendrite.kernel.maven;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The artifacts on the cells' class path, bundled (the kernel's own start-up class path) and
 * added (by magics), and the rule for a jar that would bring a second version of one of them.
 * Cells load a class from the first jar on the class path that has it, and the bundled jars come
 * first, so the rule says what cells will really use:
 * <ul>
 * <li>a bundled artifact keeps its bundled version; another version is not added, since the
 *     library was built against the bundled one and two versions' classes would mix;</li>
 * <li>an artifact the kernel itself runs on (the Jupyter messaging, Gson, ASM, Maven Resolver,
 *     SLF4J, the Dendrite library) named outright in another version is refused, as that version
 *     can never be loaded; reached as a dependency of something else, the bundled one is kept;</li>
 * <li>an artifact added earlier keeps the version added first until the kernel restarts.</li>
 * </ul>
 */
public final class ClassPathArtifacts {

    private static final String BUNDLED_LIST = "bundled-artifacts.txt";
    private static final Map<String, String> KERNEL_USES = Map.of(
            "org.zeromq", "Jupyter messaging", "eu.neilalexander", "Jupyter messaging",
            "com.google.code.gson", "Jupyter messages", "org.ow2.asm", "cell bytecode rewriting",
            "org.apache.maven", "%maven", "org.codehaus.plexus", "%maven",
            "org.slf4j", "library logging", "org.dendrite", "the Dendrite library");

    private final List<ClassPathEntry> bundled;
    private final List<ClassPathEntry> added = new ArrayList<>();

    /** The artifacts of {@code bundled}, the class path the kernel started with. */
    public ClassPathArtifacts(List<ClassPathEntry> bundled) {
        this.bundled = List.copyOf(bundled);
    }

    /**
     * The kernel's class path, each jar named by the list of bundled artifacts written at build
     * time, or else by its own {@code pom.properties}.
     */
    public static ClassPathArtifacts ofKernel(List<String> classPath) {
        Map<String, Coordinates> byFileName = bundledByFileName();
        return new ClassPathArtifacts(classPath.stream().map(Path::of).map(path -> new ClassPathEntry(path,
                Optional.ofNullable(byFileName.get(String.valueOf(path.getFileName())))
                        .or(() -> JarCoordinates.read(path)))).toList());
    }

    /** A jar or folder named on its own (by {@code %jars}), with the coordinates it states, if any. */
    public static ClassPathEntry local(Path path) {
        return new ClassPathEntry(path, JarCoordinates.read(path));
    }

    /** The class path the kernel started with, in order. */
    public List<ClassPathEntry> bundled() {
        return bundled;
    }

    /** What magics added, in order. */
    public List<ClassPathEntry> added() {
        return List.copyOf(added);
    }

    /**
     * The rule's verdict on each of {@code jars}; {@code named} holds the {@code group:artifact}
     * keys the user asked for outright (not reached as dependencies). Records nothing.
     */
    public List<Admission> admit(List<ClassPathEntry> jars, Set<String> named) {
        List<ClassPathEntry> addedSoFar = new ArrayList<>(added);
        List<Admission> admissions = new ArrayList<>();
        for (ClassPathEntry jar : jars) {
            Admission admission = admit(jar, named, addedSoFar);
            if (admission.adds()) {
                addedSoFar.add(jar);
            }
            admissions.add(admission);
        }
        return admissions;
    }

    private Admission admit(ClassPathEntry jar, Set<String> named, List<ClassPathEntry> added) {
        if (jar.coordinates().isEmpty()) {
            boolean known = added.stream().anyMatch(entry -> entry.path().equals(jar.path()));
            return new Admission(known ? Admission.Verdict.ALREADY_ADDED : Admission.Verdict.ADDED, jar, Optional.empty());
        }
        Coordinates asked = jar.coordinates().get();
        Optional<Coordinates> inKernel = versionIn(bundled, asked);
        if (inKernel.isPresent()) {
            Admission.Verdict verdict = inKernel.get().version().equals(asked.version()) ? Admission.Verdict.ALREADY_BUNDLED
                    : named.contains(asked.key()) && kernelUse(asked) != null ? Admission.Verdict.REFUSED
                    : Admission.Verdict.BUNDLED_WINS;
            return new Admission(verdict, jar, inKernel);
        }
        Optional<Coordinates> earlier = versionIn(added, asked);
        if (earlier.isPresent()) {
            return new Admission(earlier.get().version().equals(asked.version()) ? Admission.Verdict.ALREADY_ADDED
                    : Admission.Verdict.EARLIER_WINS, jar, earlier);
        }
        return new Admission(Admission.Verdict.ADDED, jar, Optional.empty());
    }

    /** Remembers the admissions that add their jar; call once they are on the engine's class path. */
    public void record(List<Admission> admissions) {
        admissions.stream().filter(Admission::adds).map(Admission::jar).forEach(added::add);
    }

    /** What the kernel itself runs on an artifact for, or null when it is not one of the kernel's own. */
    static String kernelUse(Coordinates artifact) {
        return KERNEL_USES.entrySet().stream()
                .filter(use -> artifact.groupId().equals(use.getKey()) || artifact.groupId().startsWith(use.getKey() + "."))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static Optional<Coordinates> versionIn(List<ClassPathEntry> entries, Coordinates artifact) {
        return entries.stream().flatMap(entry -> entry.coordinates().stream())
                .filter(c -> c.key().equals(artifact.key())).findFirst();
    }

    /**
     * The bundled artifacts by jar file name, from the list {@code mvn dependency:list} wrote
     * at build time: lines such as {@code g:a:jar:version:scope} or {@code g:a:jar:classifier:version:scope},
     * maybe colored and followed by {@code -- module name}.
     */
    private static Map<String, Coordinates> bundledByFileName() {
        Map<String, Coordinates> byFileName = new HashMap<>();
        InputStream list = ClassPathArtifacts.class.getResourceAsStream(BUNDLED_LIST);
        if (list == null) {
            return byFileName;
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String plain = line.replaceAll("\u001B\\[[;\\d]*m", "").split(" -- ")[0].strip();
                String[] parts = plain.split(":");
                if (parts.length == 5 || parts.length == 6) {
                    String version = parts[parts.length - 2];
                    String classifier = parts.length == 6 ? "-" + parts[3] : "";
                    byFileName.put(parts[1] + "-" + version + classifier + "." + parts[2],
                            new Coordinates(parts[0], parts[1], version));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the kernel's " + BUNDLED_LIST, e);
        }
        return byFileName;
    }
}
