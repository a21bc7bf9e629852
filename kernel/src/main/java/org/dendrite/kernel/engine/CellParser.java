package org.dendrite.kernel.engine;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;

/**
 * Tells the parts of a cell apart: JShell splits the cell into snippets, and javac's parser,
 * in one task for the whole cell, reads each snippet as a class member (a declaration), as a
 * statement and as an expression. Nothing is analysed here; javac does that when it compiles.
 */
final class CellParser {

    private static final Pattern IMPORT = Pattern.compile("\\s*import\\s");
    private static final String MEMBER_PREFIX = "class M { ";
    private static final String STATEMENT_PREFIX = "class S { void m() { ";
    private static final String EXPRESSION_PREFIX = "class E { Object o = (";

    private final CellCompiler compiler;

    CellParser(CellCompiler compiler) {
        this.compiler = compiler;
    }

    /** The parts of {@code segments}, the cell's snippets, in order. */
    List<CellPart> parse(List<Segment> segments) {
        List<JavaFileObject> units = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            String text = segments.get(i).source();
            units.add(CellCompiler.source("M" + i, MEMBER_PREFIX + text + "\n}"));
            units.add(CellCompiler.source("S" + i, STATEMENT_PREFIX + text + "\n} }"));
            units.add(CellCompiler.source("E" + i, EXPRESSION_PREFIX + withoutSemicolon(text) + "\n); }"));
        }
        DiagnosticCollector<JavaFileObject> errors = new DiagnosticCollector<>();
        return compiler.withTask(units, errors, task -> read(segments, units, errors, task));
    }

    private List<CellPart> read(List<Segment> segments, List<JavaFileObject> units,
            DiagnosticCollector<JavaFileObject> errors, JavacTask task) {
        List<CompilationUnitTree> trees = new ArrayList<>();
        try {
            task.parse().forEach(trees::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<JavaFileObject> failed = new HashSet<>();
        errors.getDiagnostics().forEach(d -> failed.add(d.getSource()));
        SourcePositions positions = Trees.instance(task).getSourcePositions();
        List<CellPart> parts = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            Reading reading = new Reading(segment, positions);
            if (IMPORT.matcher(segment.source()).lookingAt()) {
                parts.add(new CellPart.Import(segment.source(), segment.offset()));
                continue;
            }
            boolean member = !failed.contains(units.get(3 * i));
            boolean statement = !failed.contains(units.get(3 * i + 1));
            boolean expression = !failed.contains(units.get(3 * i + 2));
            CellPart declaration = member ? reading.declaration(trees.get(3 * i), MEMBER_PREFIX.length()) : null;
            if (declaration == null && statement) {
                declaration = reading.inferredVariables(trees.get(3 * i + 1), STATEMENT_PREFIX.length());
            }
            parts.add(declaration != null ? declaration
                    : new CellPart.Code(segment.source(), segment.offset(), expression, statement || !expression));
        }
        return parts;
    }

    /** {@code text} without its trailing semicolon, which JShell adds to a snippet when missing. */
    static String withoutSemicolon(String text) {
        String stripped = text.stripTrailing();
        return stripped.endsWith(";") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    /** Reads declarations out of one segment's parse trees. */
    private record Reading(Segment segment, SourcePositions positions) {

        /** Variables, a method or a type, when the segment parsed as class members is one. */
        CellPart declaration(CompilationUnitTree unit, int prefix) {
            List<? extends Tree> members = ((ClassTree) unit.getTypeDecls().get(0)).getMembers();
            if (members.isEmpty()) {
                return null;
            }
            if (members.stream().allMatch(VariableTree.class::isInstance)) {
                List<CellPart.Variable> variables = new ArrayList<>();
                for (Tree tree : members) {
                    variables.add(variable(unit, (VariableTree) tree, prefix));
                }
                return new CellPart.Variables(variables, segment.offset());
            }
            if (members.size() != 1) {
                return null;
            }
            Tree tree = members.get(0);
            if (tree instanceof MethodTree method) {
                return new CellPart.Member(segment.source(), segment.offset(), method.getName().toString(), false);
            }
            if (tree instanceof ClassTree type) {
                return new CellPart.Member(segment.source(), segment.offset(), type.getSimpleName().toString(), true);
            }
            return null;
        }

        /** {@code var x = ...;} parses as a statement only (a field cannot be a {@code var}). */
        CellPart inferredVariables(CompilationUnitTree unit, int prefix) {
            MethodTree method = (MethodTree) ((ClassTree) unit.getTypeDecls().get(0)).getMembers().get(0);
            List<? extends StatementTree> statements = method.getBody().getStatements();
            if (statements.isEmpty() || !statements.stream().allMatch(VariableTree.class::isInstance)) {
                return null;
            }
            List<CellPart.Variable> variables = new ArrayList<>();
            for (StatementTree tree : statements) {
                variables.add(variable(unit, (VariableTree) tree, prefix));
            }
            return new CellPart.Variables(variables, segment.offset());
        }

        private CellPart.Variable variable(CompilationUnitTree unit, VariableTree tree, int prefix) {
            String type = null;
            int typeOffset = segment.offset();
            if (tree.getType() != null) {
                type = text(unit, tree.getType(), prefix);
                typeOffset = offset(unit, tree.getType(), prefix);
            }
            if ("var".equals(type)) {
                type = null;
            }
            String initializer = null;
            int initializerOffset = segment.offset();
            if (tree.getInitializer() != null) {
                initializer = text(unit, tree.getInitializer(), prefix);
                initializerOffset = offset(unit, tree.getInitializer(), prefix);
            }
            return new CellPart.Variable(tree.getName().toString(), type, typeOffset, initializer, initializerOffset);
        }

        private String text(CompilationUnitTree unit, Tree tree, int prefix) {
            int start = (int) positions.getStartPosition(unit, tree) - prefix;
            int end = (int) positions.getEndPosition(unit, tree) - prefix;
            return segment.source().substring(start, end);
        }

        private int offset(CompilationUnitTree unit, Tree tree, int prefix) {
            return segment.offset() + (int) positions.getStartPosition(unit, tree) - prefix;
        }
    }
}
