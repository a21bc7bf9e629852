package org.dendrite.kernel.engine;

import com.sun.source.util.JavacTask;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;

/**
 * javac, held for the kernel's life: one task compiles a whole cell. Class files go to a folder
 * that is also on the class path, so each cell compiles against the classes of the cells before
 * it; the file manager is kept, so the jars of the class path are opened once, and so is javac's
 * symbol table ({@link ReusedJavac}), where the JVM lets the kernel reuse it.
 */
final class CellCompiler implements AutoCloseable {

    /**
     * The package of the cells' classes: JShell's own, so that JShell, which forgets what it knows
     * of that package after each task, sees each new cell's classes for completion and inspection.
     * One package for all cells lets a cell use what an earlier cell's class left package-private.
     */
    static final String PACKAGE = "REPL";
    private static final List<String> OPTIONS = List.of("-proc:none", "-implicit:none", "-g:source,lines", "-parameters", "-nowarn");

    private final List<String> options;

    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    private ReusedJavac reused = ReusedJavac.create(PACKAGE);
    private final StandardJavaFileManager files;
    private final Path classes;
    private final List<File> classPath = new ArrayList<>();

    /** A compiler for cells against {@code classPath}, with {@code extraOptions} after its own. */
    CellCompiler(List<String> classPath, List<String> extraOptions) {
        options = new ArrayList<>(OPTIONS);
        options.addAll(extraOptions);
        if (javac == null) {
            throw new IllegalStateException("no Java compiler in this runtime: the kernel needs a JDK, not a JRE");
        }
        try {
            classes = Files.createTempDirectory("dendrite-cells-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for the cells' classes", e);
        }
        files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        classPath.forEach(entry -> this.classPath.add(new File(entry)));
        this.classPath.add(classes.toFile());
        try {
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        updateClassPath();
    }

    /** The folder of the cells' class files, for JShell's completion to see them. */
    Path classesFolder() {
        return classes;
    }

    /** Adds a jar or class folder to what later cells compile against. */
    void addToClassPath(String entry) {
        classPath.add(classPath.size() - 1, new File(entry));
        updateClassPath();
        reused = ReusedJavac.create(PACKAGE);   // the old contexts know the packages as they were
    }

    /** Runs {@code work} on a javac task for {@code sources}; {@code diagnostics} gets what javac says. */
    <T> T withTask(List<JavaFileObject> sources, DiagnosticCollector<JavaFileObject> diagnostics, Function<JavacTask, T> work) {
        if (reused != null) {
            return reused.withTask(files, diagnostics, options, sources, work);
        }
        return work.apply((JavacTask) javac.getTask(null, files, diagnostics, options, null, sources));
    }

    /** Compiles {@code className}'s source: its class files, or the errors javac found. */
    Compiled compile(String className, String source) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean ok = withTask(List.of(source(className, source)), diagnostics, JavacTask::call);
        List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .toList();
        if (!ok || !errors.isEmpty()) {
            return new Compiled(List.of(), errors);
        }
        return new Compiled(classFiles(className), List.of());
    }

    /** The binary name of cell class {@code className}, as class loaders know it. */
    static String binaryName(String className) {
        return PACKAGE + "." + className;
    }

    /** A Java source held in memory, for the cells' package. */
    static JavaFileObject source(String className, String text) {
        URI uri = URI.create("string:///" + PACKAGE.replace('.', '/') + "/" + className + ".java");
        return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }

    private List<ClassBytecodes> classFiles(String className) {
        Path folder = classes.resolve(PACKAGE.replace('.', File.separatorChar));
        try (Stream<Path> written = Files.list(folder)) {
            List<ClassBytecodes> compiled = new ArrayList<>();
            for (Path file : written.sorted(Comparator.comparing(Path::toString)).toList()) {
                String name = file.getFileName().toString();
                if (name.equals(className + ".class") || name.startsWith(className + "$")) {
                    String binaryName = PACKAGE + "." + name.substring(0, name.length() - ".class".length());
                    compiled.add(new ClassBytecodes(binaryName, Files.readAllBytes(file)));
                }
            }
            return compiled;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class files of " + className, e);
        }
    }

    private void updateClassPath() {
        try {
            files.setLocation(StandardLocation.CLASS_PATH, classPath);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set the class path " + classPath, e);
        }
    }

    @Override
    public void close() {
        try (Stream<Path> all = Files.walk(classes)) {
            files.close();
            all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    /** A compiled cell: its class files, or javac's errors. */
    record Compiled(List<ClassBytecodes> classes, List<Diagnostic<? extends JavaFileObject>> errors) {
    }
}
