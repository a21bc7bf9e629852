package org.dendrite.kernel.engine;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;

/**
 * The types of a cell's {@code var}s, which its class needs as field types: javac analyses the
 * cell once with them as local variables of the run method and reports what it inferred.
 */
final class TypeInference {

    private TypeInference() {
    }

    /**
     * Each {@code var}'s type as Java source; a {@code var} of an anonymous class, or one of a cell
     * that does not compile, has none.
     */
    static Map<String, String> of(CellCompiler compiler, String className, CellSource cell, List<CellPart> parts,
            List<String> imports) {
        Set<String> inferred = parts.stream()
                .filter(CellPart.Variables.class::isInstance)
                .flatMap(part -> ((CellPart.Variables) part).variables().stream())
                .filter(CellPart.Variable::inferred)
                .map(CellPart.Variable::name)
                .collect(Collectors.toSet());
        String probe = CellProgram.write(className, cell, parts, imports, Map.of()).source();
        return compiler.withTask(List.of(CellCompiler.source(className, probe)), new DiagnosticCollector<>(),
                task -> typesOf(task, inferred));
    }

    private static Map<String, String> typesOf(JavacTask task, Set<String> inferred) {
        Trees trees = Trees.instance(task);
        Map<String, String> types = new HashMap<>();
        try {
            Iterable<? extends CompilationUnitTree> units = task.parse();
            task.analyze();
            for (CompilationUnitTree unit : units) {
                new TreePathScanner<Void, Void>() {
                    @Override
                    public Void visitMethod(MethodTree method, Void unused) {
                        return method.getName().contentEquals(CellProgram.RUN) ? super.visitMethod(method, unused) : null;
                    }

                    @Override
                    public Void visitVariable(VariableTree variable, Void unused) {
                        String name = variable.getName().toString();
                        TypeMirror type = trees.getTypeMirror(getCurrentPath());
                        String written = type == null || type.getKind() == TypeKind.ERROR ? null : denotable(task, type);
                        if (inferred.contains(name) && written != null) {
                            types.putIfAbsent(name, written);
                        }
                        return null;
                    }
                }.scan(new TreePath(unit), null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return types;
    }

    /**
     * The type as Java source; its erasure where Java has no name for it (an intersection or a
     * captured wildcard); null for an anonymous class, whose variable then stays local to its cell.
     */
    private static String denotable(JavacTask task, TypeMirror type) {
        String name = type.toString();
        if (name.contains("<anonymous")) {
            return null;
        }
        if (!name.contains("capture#") && !name.contains("&")) {
            return name;
        }
        String erased = task.getTypes().erasure(type).toString();
        return erased.contains("&") ? "Object" : erased;
    }
}
