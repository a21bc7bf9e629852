package org.dendrite.kernel.docs;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Reads the Javadoc of every class in one source file with javac's parser (no compiling, no class path). */
final class SourceParser {

    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

    private SourceParser() {
    }

    /** The classes declared in {@code source} (the text of {@code fileName}), nested ones included. */
    static List<TypeDoc> parse(String fileName, String source) {
        JavacTask task = task(fileName, source);
        DocTrees trees = DocTrees.instance(task);
        List<TypeDoc> types = new ArrayList<>();
        try {
            for (CompilationUnitTree unit : task.parse()) {
                String packagePrefix = unit.getPackageName() == null ? "" : unit.getPackageName() + ".";
                for (Tree declaration : unit.getTypeDecls()) {
                    if (declaration instanceof ClassTree type) {
                        read(new TreePath(new TreePath(unit), type), packagePrefix, false, trees, types);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse " + fileName, e);
        }
        return types;
    }

    /** The first sentence of the package comment in a {@code package-info.java}. */
    static String packageSummary(String source) {
        JavacTask task = task("package-info.java", source);
        try {
            for (CompilationUnitTree unit : task.parse()) {
                if (unit.getPackage() != null) {
                    return DocText.summary(DocTrees.instance(task).getDocCommentTree(new TreePath(new TreePath(unit),
                            unit.getPackage())));
                }
            }
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse package-info.java", e);
        }
    }

    private static JavacTask task(String fileName, String source) {
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + fileName), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        return (JavacTask) JAVAC.getTask(null, null, diagnostic -> { }, List.of("-proc:none"), null, List.of(file));
    }

    private static void read(TreePath path, String prefix, boolean inInterface, DocTrees trees, List<TypeDoc> types) {
        ClassTree type = (ClassTree) path.getLeaf();
        String name = prefix + type.getSimpleName();
        boolean isInterface = type.getKind() == Tree.Kind.INTERFACE;
        List<MemberDoc> members = new ArrayList<>();
        for (Tree member : type.getMembers()) {
            TreePath memberPath = new TreePath(path, member);
            if (member instanceof MethodTree method) {
                boolean constructor = method.getName().contentEquals("<init>");
                String memberName = constructor ? type.getSimpleName().toString() : method.getName().toString();
                List<String> parameters = new ArrayList<>();
                List<String> written = new ArrayList<>();
                for (VariableTree parameter : method.getParameters()) {
                    parameters.add(parameter.getName().toString());
                    written.add(parameter.toString());
                }
                String declaration = (constructor ? "" : method.getReturnType() + " ") + memberName
                        + "(" + String.join(", ", written) + ")";
                var comment = trees.getDocCommentTree(memberPath);
                members.add(new MemberDoc(memberName, parameters, declaration,
                        isInterface || method.getModifiers().getFlags().contains(Modifier.PUBLIC),
                        DocText.summary(comment), DocText.full(comment)));
            } else if (member instanceof ClassTree) {
                read(memberPath, name + ".", isInterface, trees, types);
            }
        }
        var comment = trees.getDocCommentTree(path);
        types.add(new TypeDoc(name, inInterface || type.getModifiers().getFlags().contains(Modifier.PUBLIC),
                DocText.summary(comment), DocText.full(comment), members));
    }
}
