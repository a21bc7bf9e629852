package org.dendrite.kernel.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The Javadoc of classes whose {@code .java} sources are on the class path (the library's
 * sources jar ships beside the kernel). Each source file is parsed once, when first asked for.
 */
public final class LibraryDocs {

    private final ClassLoader loader;
    private final Map<String, List<TypeDoc>> files = new ConcurrentHashMap<>();

    /** Docs of the sources that {@code loader} finds. */
    public LibraryDocs(ClassLoader loader) {
        this.loader = loader;
    }

    /** The class or interface named {@code qualifiedName} (nested ones with dots), if its source is here. */
    public Optional<TypeDoc> type(String qualifiedName) {
        for (String file = qualifiedName; file.contains("."); file = file.substring(0, file.lastIndexOf('.'))) {
            List<TypeDoc> types = file(file.replace('.', '/') + ".java");
            if (!types.isEmpty()) {
                return types.stream().filter(type -> type.name().equals(qualifiedName)).findFirst();
            }
        }
        return Optional.empty();
    }

    /**
     * The Javadoc for a signature as JShell writes it: {@code org.dendrite.tensor.Tensor
     * org.dendrite.tensor.Tensor.randn(int... shape)}, a constructor {@code org.dendrite.Foo(int n)},
     * or a class {@code org.dendrite.tensor.Tensor}. A class named without its package (JShell
     * drops imported packages) is looked up through {@code imports}, such as
     * {@code org.dendrite.tensor.*}. Empty when the source or the comment is missing.
     */
    public Optional<String> javadoc(String signature, List<String> imports) {
        int open = signature.indexOf('(');
        String head = withoutTypeArguments(open < 0 ? signature : signature.substring(0, open)).strip();
        String named = head.substring(head.lastIndexOf(' ') + 1);
        if (open < 0) {
            return type(named, imports).map(TypeDoc::text).filter(text -> !text.isEmpty());
        }
        List<String> parameters = parameterNames(signature.substring(open + 1, Math.max(open + 1, signature.lastIndexOf(')'))));
        Optional<MemberDoc> constructor = type(named, imports).flatMap(type -> member(type, type.simpleName(), parameters));
        if (constructor.isPresent()) {
            return constructor.map(MemberDoc::text).filter(text -> !text.isEmpty());
        }
        int dot = named.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : type(named.substring(0, dot), imports)
                        .flatMap(type -> member(type, named.substring(dot + 1), parameters))
                        .map(MemberDoc::text).filter(text -> !text.isEmpty());
    }

    /** The type written as {@code name}, qualified or found through an import. */
    private Optional<TypeDoc> type(String name, List<String> imports) {
        Optional<TypeDoc> qualified = type(name);
        if (qualified.isPresent()) {
            return qualified;
        }
        String outer = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        for (String imported : imports) {
            String prefix = imported.endsWith(".*") ? imported.substring(0, imported.length() - 1)
                    : imported.endsWith("." + outer) ? imported.substring(0, imported.length() - outer.length()) : null;
            Optional<TypeDoc> found = prefix == null ? Optional.empty() : type(prefix + name);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The packages under {@code root} (such as {@code org.dendrite}) with sources here, and their public classes. */
    public List<PackageDoc> packages(String root) {
        Map<String, TreeSet<String>> sourcesByPackage = new TreeMap<>();
        for (String source : sourcesUnder(root.replace('.', '/') + "/")) {
            String packagePath = source.substring(0, source.lastIndexOf('/'));
            sourcesByPackage.computeIfAbsent(packagePath, p -> new TreeSet<>()).add(source);
        }
        List<PackageDoc> packages = new ArrayList<>();
        sourcesByPackage.forEach((packagePath, sources) -> {
            String name = packagePath.replace('/', '.');
            String summary = "";
            List<TypeDoc> types = new ArrayList<>();
            for (String source : sources) {
                if (source.endsWith("/package-info.java")) {
                    summary = read(source).map(SourceParser::packageSummary).orElse("");
                } else {
                    file(source).stream()
                            .filter(type -> type.isPublic() && type.name().equals(name + "." + type.simpleName()))
                            .forEach(types::add);
                }
            }
            packages.add(new PackageDoc(name, summary, types));
        });
        return packages;
    }

    private static Optional<MemberDoc> member(TypeDoc type, String name, List<String> parameters) {
        List<MemberDoc> named = type.members().stream().filter(member -> member.name().equals(name)).toList();
        return named.stream().filter(member -> member.parameterNames().equals(parameters)).findFirst()
                .or(() -> named.stream().filter(member -> member.parameterNames().size() == parameters.size()).findFirst())
                .or(() -> named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty());
    }

    /** {@code java.util.Map<K, V> m, int... n} gives {@code [m, n]}. */
    static List<String> parameterNames(String parameters) {
        List<String> names = new ArrayList<>();
        for (String parameter : withoutTypeArguments(parameters).split(",")) {
            String trimmed = parameter.strip();
            if (!trimmed.isEmpty()) {
                names.add(trimmed.substring(trimmed.lastIndexOf(' ') + 1));
            }
        }
        return names;
    }

    /** Drops everything between angle brackets, nested ones included. */
    static String withoutTypeArguments(String text) {
        StringBuilder kept = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (depth == 0) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private List<TypeDoc> file(String resource) {
        return files.computeIfAbsent(resource, path -> read(path).map(text -> SourceParser.parse(path, text))
                .orElse(List.of()));
    }

    private Optional<String> read(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** The {@code .java} resources below {@code folder} in every jar and directory of the class path. */
    private List<String> sourcesUnder(String folder) {
        List<String> sources = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(folder))) {
                if (url.getProtocol().equals("jar")) {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    connection.setUseCaches(false);
                    try (var jar = connection.getJarFile()) {
                        jar.stream().map(entry -> entry.getName())
                                .filter(name -> name.startsWith(folder) && name.endsWith(".java"))
                                .forEach(sources::add);
                    }
                } else if (url.getProtocol().equals("file")) {
                    Path base = Path.of(url.toURI());
                    try (Stream<Path> walk = Files.walk(base)) {
                        walk.filter(path -> path.toString().endsWith(".java"))
                                .forEach(path -> sources.add(folder + base.relativize(path).toString().replace('\\', '/')));
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new UncheckedIOException("Cannot list the sources under " + folder, e instanceof IOException io
                    ? io : new IOException(e));
        }
        return sources;
    }
}
