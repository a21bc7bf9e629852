package org.dendrite.kernel.engine;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalInt;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

/**
 * Where a cell's leading method or type declaration ends, read by javac's parser. JShell's own
 * analysis cannot always tell: a switch arm {@code default -> throw ...} inside a method makes it
 * answer "unknown" for the whole rest of the cell, which would then fail to parse as one snippet.
 */
final class LeadingMember {

    private static final String PREFIX = "class M {\n";

    private LeadingMember() {
    }

    /** The length of the method or type that {@code source} starts with, when it parses cleanly and more follows. */
    static OptionalInt length(String source) {
        DiagnosticCollector<JavaFileObject> errors = new DiagnosticCollector<>();
        JavacTask task = (JavacTask) ToolProvider.getSystemJavaCompiler().getTask(null, null, errors,
                List.of("-proc:none"), null, List.of(CellCompiler.source("M", PREFIX + source + "\n}")));
        CompilationUnitTree unit;
        try {
            unit = task.parse().iterator().next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<? extends Tree> members = ((ClassTree) unit.getTypeDecls().get(0)).getMembers();
        if (members.isEmpty() || !(members.get(0) instanceof MethodTree || members.get(0) instanceof ClassTree)) {
            return OptionalInt.empty();
        }
        long end = Trees.instance(task).getSourcePositions().getEndPosition(unit, members.get(0));
        boolean clean = errors.getDiagnostics().stream()
                .noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR && d.getPosition() < end);
        int length = (int) (end - PREFIX.length());
        return clean && length > 0 && length < source.length() ? OptionalInt.of(length) : OptionalInt.empty();
    }
}
