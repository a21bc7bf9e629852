package org.dendrite.kernel.engine;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.ImportSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.VarSnippet;
import org.dendrite.kernel.docs.LibraryDocs;

/**
 * Evaluates notebook cells with JShell in this JVM, so that cells and the kernel share objects
 * (a chart made in a cell is rendered by the kernel). One thread at a time may call it, except
 * {@link #interrupt()}, which any thread may call.
 */
public final class JShellEngine implements AutoCloseable {

    private final JShell shell;
    private final CellExecutionControl control;
    private final ErrorFormatter errors = new ErrorFormatter();
    private final List<String> addedClassPath = new ArrayList<>();
    private final LibraryDocs libraryDocs = new LibraryDocs(JShellEngine.class.getClassLoader());
    private volatile boolean interrupted;

    /**
     * A shell that compiles against {@code classPath} and starts with {@code imports}
     * (such as {@code java.util.*} or {@code static org.dendrite.display.Display.display}).
     */
    public JShellEngine(List<String> classPath, List<String> imports) {
        CellExecutionControl.Provider provider = new CellExecutionControl.Provider();
        shell = JShell.builder().executionEngine(provider, Map.of()).build();
        control = provider.control();
        if (!classPath.isEmpty()) {
            shell.addToClasspath(String.join(File.pathSeparator, classPath));
        }
        for (String name : imports) {
            for (SnippetEvent event : shell.eval("import " + name + ";")) {
                if (event.status() == Snippet.Status.REJECTED) {
                    shell.close();
                    throw new IllegalArgumentException("Default import '" + name + "' does not compile: "
                            + shell.diagnostics(event.snippet()).findFirst().map(d -> d.getMessage(null)).orElse("rejected"));
                }
            }
        }
    }

    /** Runs a cell snippet by snippet, stopping at the first error; {@code cell} is its execution count. */
    public CellOutcome evaluate(String code, int cell) {
        interrupted = false;
        control.clearStop();
        CellSource source = new CellSource(code);
        Object value = null;
        boolean hasValue = false;
        for (Segment segment : Segment.split(shell.sourceCodeAnalysis(), code)) {
            if (interrupted) {
                return new CellOutcome.Failure(CellError.interrupted());
            }
            hasValue = false;
            for (SnippetEvent event : shell.eval(segment.source())) {
                if (event.causeSnippet() != null) {
                    continue;
                }
                Snippet snippet = event.snippet();
                errors.remember(snippet, cell, source.line(segment.offset() + leadingBlank(segment.source())));
                if (interrupted) {
                    return new CellOutcome.Failure(CellError.interrupted());
                }
                if (event.status() == Snippet.Status.REJECTED) {
                    return new CellOutcome.Failure(errors.compileError(shell, snippet, source, segment.offset()));
                }
                if (event.exception() != null) {
                    return new CellOutcome.Failure(errors.runtimeError(shell, event.exception()));
                }
                warnIfUnresolved(event);
                boolean expression = showsValue(snippet);
                value = expression ? control.lastValue() : null;
                hasValue = expression && !(value instanceof PrintStream);
            }
        }
        return new CellOutcome.Success(value, hasValue);
    }

    /** Adds jars or class folders to what later cells compile and run against; an entry added before is skipped. */
    public void addToClassPath(List<Path> entries) {
        for (Path entry : entries) {
            String path = entry.toAbsolutePath().toString();
            if (!addedClassPath.contains(path)) {
                shell.addToClasspath(path);
                addedClassPath.add(path);
            }
        }
    }

    /** The entries added by {@link #addToClassPath}, in order. */
    public List<String> addedClassPath() {
        return List.copyOf(addedClassPath);
    }

    /** Evaluates and forgets a throw-away expression, so that javac's code is compiled and warm. */
    public void warmUp() {
        control.clearStop();
        for (SnippetEvent event : shell.eval("java.util.List.of(\"warm\", \"up\").indexOf(\"up\") + 1")) {
            shell.drop(event.snippet());
        }
    }

    /** Stops the running cell, if any; the shell and its definitions stay. */
    public void interrupt() {
        interrupted = true;
        shell.stop();
    }

    /** Completions at {@code cursor} (a char index): the matches and the range they replace. */
    public Completion complete(String code, int cursor) {
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
        int start = snippetStart(code, cursor);
        List<String> docs = new ArrayList<>();
        for (var doc : shell.sourceCodeAnalysis().documentation(code.substring(start, cursor), cursor - start, true)) {
            String javadoc = doc.javadoc() == null || doc.javadoc().isBlank()
                    ? libraryDocs.javadoc(doc.signature(), typeImports()).orElse("") : doc.javadoc().strip();
            docs.add(javadoc.isEmpty() ? doc.signature() : doc.signature() + "\n\n" + javadoc);
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
    }

    /** Where the snippet holding {@code cursor} begins. */
    private int snippetStart(String code, int cursor) {
        List<Segment> segments = Segment.split(shell.sourceCodeAnalysis(), code.substring(0, cursor));
        return segments.isEmpty() ? cursor : segments.get(segments.size() - 1).offset();
    }

    /**
     * Whether the snippet's value is shown: an expression's, but not the stream that
     * {@code System.out.printf(...)} returns, which would only repeat its object name.
     */
    private static boolean showsValue(Snippet snippet) {
        return (snippet instanceof VarSnippet && snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND)
                || (snippet instanceof ExpressionSnippet && snippet.subKind() == Snippet.SubKind.VAR_VALUE_SUBKIND);
    }

    private void warnIfUnresolved(SnippetEvent event) {
        if (event.status() == Snippet.Status.RECOVERABLE_DEFINED
                && event.snippet() instanceof DeclarationSnippet declaration) {
            String missing = String.join(", ", shell.unresolvedDependencies(declaration).toList());
            System.err.println("Note: " + declaration.name() + " is defined, but cannot be used until "
                    + missing + " is declared.");
        }
    }

    private static int leadingBlank(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Completion matches and the char range of the cell they replace. */
    public record Completion(List<String> matches, int start, int end) {
    }
}
