package org.dendrite.kernel.engine;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jshell.ImportSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.spi.ExecutionControl;
import org.dendrite.kernel.docs.LibraryDocs;

/**
 * Evaluates notebook cells in this JVM, so that cells and the kernel share objects (a chart made
 * in a cell is rendered by the kernel). Each cell is parsed ({@link CellParser}), written as one
 * class ({@link CellProgram}), compiled by one javac task ({@link CellCompiler}) and run through
 * JShell's execution control, which can stop it; what it declares is then visible to later cells
 * ({@link CellDeclarations}). JShell itself splits cells into snippets and answers completion and
 * inspection, after it has been told the cells' declarations as imports. One thread at a time may
 * call it, except {@link #interrupt()}, which any thread may call.
 */
public final class JShellEngine implements AutoCloseable {

    private static final String WARM_UP_CELL = "List<String> words = List.of(\"warm\", \"up\");\nwords.indexOf(\"up\") + 1";

    private final JShell shell;
    private final CellExecutionControl control;
    private final CellCompiler compiler;
    private final CellParser parser;
    private final CellDeclarations declarations;
    private final ErrorFormatter errors = new ErrorFormatter();
    private final List<String> addedClassPath = new ArrayList<>();
    private final Map<String, Snippet> shellImports = new HashMap<>();
    private final LibraryDocs libraryDocs = new LibraryDocs(JShellEngine.class.getClassLoader());
    private int classes;
    private int shellToldUpTo = -1;   // the cells JShell knows the declarations of; none yet
    private volatile boolean interrupted;

    /**
     * An engine that compiles against {@code classPath} and starts with {@code imports}
     * (such as {@code java.util.*} or {@code static org.dendrite.display.Display.display}).
     */
    public JShellEngine(List<String> classPath, List<String> imports) {
        this(classPath, imports, List.of());
    }

    /** An engine whose javac also gets {@code compilerOptions} for each cell (such as {@code -Xlint:unchecked}). */
    public JShellEngine(List<String> classPath, List<String> imports, List<String> compilerOptions) {
        CellExecutionControl.Provider provider = new CellExecutionControl.Provider();
        shell = JShell.builder().executionEngine(provider, Map.of()).build();
        control = provider.control();
        compiler = new CellCompiler(classPath, compilerOptions);
        parser = new CellParser(compiler);
        declarations = new CellDeclarations(imports);
        List<String> shellClassPath = new ArrayList<>(classPath);
        shellClassPath.add(compiler.classesFolder().toString());
        shell.addToClasspath(String.join(File.pathSeparator, shellClassPath));
        checkImports(imports);
    }

    /** Compiles the default imports once (warming javac too); JShell is told them later, when idle. */
    private void checkImports(List<String> imports) {
        List<String> lines = declarations.importLines();
        String source = "package " + CellCompiler.PACKAGE + ";\n" + String.join("\n", lines) + "\nfinal class Imports {}\n";
        CellCompiler.Compiled compiled = compiler.compile("Imports", source);
        if (!compiled.errors().isEmpty()) {
            var error = compiled.errors().get(0);
            int index = (int) Math.max(0, Math.min(imports.size() - 1, error.getLineNumber() - 2));
            close();
            throw new IllegalArgumentException("Default import '" + imports.get(index) + "' does not compile: "
                    + error.getMessage(Locale.ROOT));
        }
    }

    /**
     * Runs a cell: compiles it whole, then runs its statements in order. A cell that does not
     * compile changes nothing; one that throws keeps what it declared (variables after the
     * failing statement keep their default value). {@code cell} is its execution count.
     */
    public CellOutcome evaluate(String code, int cell) {
        interrupted = false;
        control.clearStop();
        List<Segment> segments = Segment.split(shell.sourceCodeAnalysis(), code);
        if (segments.isEmpty()) {
            return new CellOutcome.Success(null, false);
        }
        CellSource source = new CellSource(code);
        List<CellPart> parts = parser.parse(segments);
        String className = "Cell" + (++classes);
        Map<String, String> types = inferredTypes(className, source, parts);
        CellProgram program = CellProgram.write(className, source, parts, declarations.importLines(), types);
        CellCompiler.Compiled compiled = compiler.compile(className, program.source());
        if (!compiled.errors().isEmpty()) {
            return new CellOutcome.Failure(errors.compileError(compiled.errors(), program, source));
        }
        if (interrupted) {
            return new CellOutcome.Failure(CellError.interrupted());
        }
        errors.remember(className, cell, program);
        CellError failure = run(className, compiled, parts, types);
        if (interrupted || failure != null) {   // an interrupted sleep throws, but the cell was interrupted
            return new CellOutcome.Failure(interrupted ? CellError.interrupted() : failure);
        }
        Object value = CellValue.value();
        return new CellOutcome.Success(value, CellValue.hasValue() && !(value instanceof PrintStream));
    }

    /** Loads a compiled cell, makes its declarations visible and runs it: null, or why it failed. */
    private CellError run(String className, CellCompiler.Compiled compiled, List<CellPart> parts, Map<String, String> types) {
        return errorOf("the cell", () -> {
            control.load(compiled.classes().toArray(ExecutionControl.ClassBytecodes[]::new));
            declarations.add(className, parts, types);
            CellValue.clear();
            control.invoke(CellCompiler.binaryName(className), CellProgram.RUN);
        });
    }

    /** A step that runs the cells' code through the execution control. */
    private interface Execution {
        void run() throws ExecutionControl.ExecutionControlException;
    }

    /** Runs {@code execution}: null, or why it failed ({@code what} names it in an internal error). */
    private CellError errorOf(String what, Execution execution) {
        try {
            execution.run();
            return null;
        } catch (ExecutionControl.StoppedException e) {
            return CellError.interrupted();
        } catch (ExecutionControl.UserException e) {
            return errors.runtimeError(e);
        } catch (ExecutionControl.ExecutionControlException e) {
            return new CellError("InternalError", String.valueOf(e.getMessage()), List.of("The kernel could not run " + what + ": " + e));
        }
    }

    /**
     * The types javac infers for the cell's {@code var}s, from a first analysis of the cell with
     * them as local variables (see {@link TypeInference}).
     */
    private Map<String, String> inferredTypes(String className, CellSource source, List<CellPart> parts) {
        boolean any = parts.stream().anyMatch(part -> part instanceof CellPart.Variables variables
                && variables.variables().stream().anyMatch(CellPart.Variable::inferred));
        return any ? TypeInference.of(compiler, className, source, parts, declarations.importLines()) : Map.of();
    }

    /** Adds jars or class folders to what later cells compile and run against; an entry added before is skipped. */
    public void addToClassPath(List<Path> entries) {
        for (Path entry : entries) {
            String path = entry.toAbsolutePath().toString();
            if (!addedClassPath.contains(path)) {
                shell.addToClasspath(path);
                compiler.addToClassPath(path);
                addedClassPath.add(path);
            }
        }
    }

    /** The entries added by {@link #addToClassPath}, in order. */
    public List<String> addedClassPath() {
        return List.copyOf(addedClassPath);
    }

    /** Compiles a throw-away cell, so that javac's code is compiled and warm; for idle moments. */
    public void warmUp() {
        CellSource source = new CellSource(WARM_UP_CELL);
        List<CellPart> parts = parser.parse(Segment.split(shell.sourceCodeAnalysis(), WARM_UP_CELL));
        compiler.compile("WarmUp", CellProgram.write("WarmUp", source, parts, declarations.importLines(), Map.of()).source());
    }

    /**
     * Brings JShell's imports in line with the cells' declarations, so that completion and
     * inspection know them; false when there was nothing to do. For idle moments, and done before
     * each completion or inspection.
     */
    public boolean tellShellDeclarations() {
        if (shellToldUpTo == declarations.cellsAdded()) {
            return false;
        }
        shellToldUpTo = declarations.cellsAdded();
        Set<String> wanted = new LinkedHashSet<>(declarations.importLines());
        boolean changed = false;
        for (var known : List.copyOf(shellImports.entrySet())) {
            if (!wanted.contains(known.getKey())) {
                shell.drop(known.getValue());
                shellImports.remove(known.getKey());
                changed = true;
            }
        }
        for (String line : wanted) {
            if (!shellImports.containsKey(line)) {
                shell.eval(line).stream().findFirst().ifPresent(event -> shellImports.put(line, event.snippet()));
                changed = true;
            }
        }
        return changed;
    }

    /**
     * Runs code of the cells from outside a cell, such as a widget's callback, as a cell's code
     * runs: the stop button ends it, and what it throws comes back as an error with the cell
     * lines it passed through; null when it ran through.
     */
    public CellError runCallback(Runnable callback) {
        return errorOf("a callback", () -> control.runStoppable(callback));
    }

    /** Stops the running cell, if any; the shell and its definitions stay. */
    public void interrupt() {
        interrupted = true;
        shell.stop();
    }

    /** Completions at {@code cursor} (a char index): the matches and the range they replace. */
    public Completion complete(String code, int cursor) {
        tellShellDeclarations();
        int start = snippetStart(code, cursor);
        int[] anchor = new int[1];
        Set<String> matches = new LinkedHashSet<>();
        shell.sourceCodeAnalysis()
                .completionSuggestions(code.substring(start, cursor), cursor - start, anchor)
                .forEach(suggestion -> matches.add(suggestion.continuation()));
        return new Completion(new ArrayList<>(matches), start + anchor[0], cursor);
    }

    /**
     * Signatures and Javadoc of what is at {@code cursor} (a char index); empty when unknown. The
     * Javadoc comes from JShell (the JDK's src.zip) or, for the library, from its sources jar.
     */
    public List<String> documentation(String code, int cursor) {
        tellShellDeclarations();
        int start = snippetStart(code, cursor);
        List<String> docs = new ArrayList<>();
        for (var doc : shell.sourceCodeAnalysis().documentation(code.substring(start, cursor), cursor - start, true)) {
            String javadoc = doc.javadoc() == null || doc.javadoc().isBlank()
                    ? libraryDocs.javadoc(doc.signature(), typeImports()).orElse("") : doc.javadoc().strip();
            String signature = ErrorFormatter.withoutWrapperNames(doc.signature());
            docs.add(javadoc.isEmpty() ? signature : signature + "\n\n" + javadoc);
        }
        return docs;
    }

    /** The cells' imports of types and packages, such as {@code org.dendrite.tensor.*}. */
    private List<String> typeImports() {
        return shell.imports().filter(imported -> !imported.isStatic()).map(ImportSnippet::fullname).toList();
    }

    /** Jupyter's is_complete status of a whole cell: complete, incomplete or invalid. */
    public String completeness(String code) {
        List<Segment> segments = Segment.split(shell.sourceCodeAnalysis(), code);
        if (segments.isEmpty()) {
            return "complete";
        }
        Completeness last = segments.get(segments.size() - 1).completeness();
        if (last == Completeness.UNKNOWN) {
            return "invalid";
        }
        return last.isComplete() ? "complete" : "incomplete";
    }

    @Override
    public void close() {
        shell.close();
        compiler.close();
    }

    /** Where the snippet holding {@code cursor} begins. */
    private int snippetStart(String code, int cursor) {
        List<Segment> segments = Segment.split(shell.sourceCodeAnalysis(), code.substring(0, cursor));
        return segments.isEmpty() ? cursor : segments.get(segments.size() - 1).offset();
    }

    /** Completion matches and the char range of the cell they replace. */
    public record Completion(List<String> matches, int start, int end) {
    }
}
