package org.dendrite.layering;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which {@code org.dendrite} packages each package uses, read from compiled classes (every class
 * a class file names in its constant pool: field and method types, calls, casts, signatures), and
 * the checks the layering tests make on it: against what each package's {@code package-info.java}
 * allows, and for cycles.
 */
public final class PackageGraph {

    /** A class name inside a class file, such as {@code org/dendrite/tensor/Tensor}. */
    private static final Pattern CLASS_NAME = Pattern.compile("org/dendrite/((?:[a-z_][a-z0-9_]*/)*)[A-Za-z_$][\\w$]*");
    /** The package-info sentence that lists the packages a package may use. */
    private static final Pattern USES = Pattern.compile("<p>Uses:(.*?)(?:<p>|\\*/)", Pattern.DOTALL);
    /** The package-info sentence of an internal package, naming the only packages that may use it. */
    private static final Pattern INTERNAL = Pattern.compile("<p>Internal, for:(.*?)(?:<p>|\\*/)", Pattern.DOTALL);
    private static final Pattern PACKAGE_NAME = Pattern.compile("\\{@code (org\\.dendrite(?:\\.[a-z_][a-z0-9_]*)*)}");

    private final Map<String, Set<String>> uses;

    /** A graph from each package to the packages it uses (its own excluded). */
    public PackageGraph(Map<String, Set<String>> uses) {
        Map<String, Set<String>> copy = new TreeMap<>();
        uses.forEach((from, to) -> copy.put(from, new TreeSet<>(to)));
        this.uses = copy;
    }

    /** The packages used by the {@code org.dendrite} classes compiled under {@code classes}. */
    public static PackageGraph ofClasses(Path classes) {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String pkg = classes.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(), ".");
                Set<String> used = uses.computeIfAbsent(pkg, p -> new TreeSet<>());
                try (InputStream in = Files.newInputStream(file)) {
                    for (String name : classNames(in)) {
                        used.add(name);
                    }
                }
                used.remove(pkg);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the classes under " + classes, e);
        }
        return new PackageGraph(uses);
    }

    /**
     * What each package's {@code package-info.java} under {@code sources} allows it to use: the
     * {@code {@code org.dendrite...}} names after {@code <p>Uses:}. A package without a
     * package-info, or one without that sentence, is absent from the map.
     */
    public static Map<String, Set<String>> allowedBy(Path sources) {
        return sentences(sources, USES);
    }

    /**
     * The internal packages under {@code sources}, each with the only packages that may use it:
     * the names after {@code <p>Internal, for:} in its package-info.
     */
    public static Map<String, Set<String>> internalUnder(Path sources) {
        return sentences(sources, INTERNAL);
    }

    /** For each package-info under {@code sources} that has the sentence, the package names in it. */
    private static Map<String, Set<String>> sentences(Path sources, Pattern sentence) {
        Map<String, Set<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("package-info.java")).toList()) {
                Matcher match = sentence.matcher(Files.readString(file));
                if (!match.find()) {
                    continue;
                }
                Set<String> names = new TreeSet<>();
                Matcher name = PACKAGE_NAME.matcher(match.group(1));
                while (name.find()) {
                    names.add(name.group(1));
                }
                String pkg = sources.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(), ".");
                found.put(pkg, names);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sources under " + sources, e);
        }
        return found;
    }

    /** The packages of the graph. */
    public Set<String> packages() {
        return uses.keySet();
    }

    /** The packages {@code pkg} uses. */
    public Set<String> uses(String pkg) {
        return uses.getOrDefault(pkg, Set.of());
    }

    /** One line per use that {@code allowed} does not list, or per package it says nothing about. */
    public List<String> violationsOf(Map<String, Set<String>> allowed) {
        List<String> violations = new ArrayList<>();
        for (var entry : uses.entrySet()) {
            Set<String> permitted = allowed.get(entry.getKey());
            if (permitted == null) {
                violations.add(entry.getKey() + ": its package-info.java has no '<p>Uses: {@code ...}' sentence");
                continue;
            }
            for (String used : entry.getValue()) {
                if (!permitted.contains(used)) {
                    violations.add(entry.getKey() + " uses " + used + ", which its package-info.java does not allow");
                }
            }
        }
        return violations;
    }

    /**
     * One line per use of an internal package (a key of {@code internal}) by a package it does not
     * name as one of its users.
     */
    public List<String> internalViolationsOf(Map<String, Set<String>> internal) {
        List<String> violations = new ArrayList<>();
        for (var entry : uses.entrySet()) {
            for (String used : entry.getValue()) {
                Set<String> users = internal.get(used);
                if (users != null && !users.contains(entry.getKey())) {
                    violations.add(entry.getKey() + " uses the internal " + used + ", which is only for " + users);
                }
            }
        }
        return violations;
    }

    /**
     * Each group of packages that use one another in a circle (strongly connected, two or more),
     * sorted. An internal package's uses of the package it belongs to (its parent, whose types it
     * implements, as {@code tensor.cpu} uses {@code tensor.DType}) are left out: Java has no
     * friend packages, so that circle is how a package keeps its plumbing apart.
     */
    public List<Set<String>> cycles(Set<String> internal) {
        Map<String, Set<String>> kept = new TreeMap<>();
        uses.forEach((from, to) -> kept.put(from, to.stream()
                .filter(used -> !(internal.contains(from) && from.startsWith(used + ".")))
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new))));
        PackageGraph graph = new PackageGraph(kept);
        Tarjan tarjan = graph.new Tarjan();
        for (String pkg : kept.keySet()) {
            if (!tarjan.index.containsKey(pkg)) {
                tarjan.visit(pkg);
            }
        }
        return tarjan.cycles;
    }

    /** Tarjan's strongly connected components, keeping those of more than one package. */
    private final class Tarjan {
        final Map<String, Integer> index = new HashMap<>();
        final Map<String, Integer> lowLink = new HashMap<>();
        final Deque<String> stack = new ArrayDeque<>();
        final Set<String> onStack = new TreeSet<>();
        final List<Set<String>> cycles = new ArrayList<>();

        void visit(String pkg) {
            index.put(pkg, index.size());
            lowLink.put(pkg, index.get(pkg));
            stack.push(pkg);
            onStack.add(pkg);
            for (String next : uses(pkg)) {
                if (!index.containsKey(next)) {
                    visit(next);
                    lowLink.put(pkg, Math.min(lowLink.get(pkg), lowLink.get(next)));
                } else if (onStack.contains(next)) {
                    lowLink.put(pkg, Math.min(lowLink.get(pkg), index.get(next)));
                }
            }
            if (lowLink.get(pkg).equals(index.get(pkg))) {
                Set<String> component = new TreeSet<>();
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.add(member);
                } while (!member.equals(pkg));
                if (component.size() > 1) {
                    cycles.add(component);
                }
            }
        }
    }

    /**
     * The {@code org.dendrite} packages named in a class file's constant pool, as class names,
     * descriptors or signatures; string literals (such as a resource path) do not count.
     */
    private static Set<String> classNames(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();   // minor version
        in.readUnsignedShort();   // major version
        int count = in.readUnsignedShort();
        Map<Integer, String> texts = new HashMap<>();
        Set<Integer> literals = new TreeSet<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> texts.put(i, in.readUTF());
                case 8 -> literals.add(in.readUnsignedShort());
                case 7, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++;   // a long or double takes two entries
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        Set<String> packages = new TreeSet<>();
        texts.forEach((index, text) -> {
            if (!literals.contains(index)) {
                Matcher name = CLASS_NAME.matcher(text);
                while (name.find()) {
                    packages.add(("org/dendrite/" + name.group(1)).replaceAll("/$", "").replace('/', '.'));
                }
            }
        });
        return packages;
    }
}
