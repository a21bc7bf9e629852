package org.dendrite.kernel.engine;

import com.sun.source.util.JavacTask;
import com.sun.tools.javac.api.JavacTaskImpl;
import com.sun.tools.javac.api.JavacTaskPool;
import com.sun.tools.javac.code.ClassFinder;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.ModuleSymbol;
import com.sun.tools.javac.code.Symbol.PackageSymbol;
import com.sun.tools.javac.code.Symtab;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * javac's own pool of reusable compiler contexts, as JShell uses it: the symbols of the JDK and
 * of the class path's jars are read once, not for every cell (a cell compiles in a third of the
 * time). After each task the cells' package is forgotten, as JShell forgets its own, so that
 * the next task finds the class files written since. It needs {@code --add-exports} of javac's internal packages (the
 * kernelspec passes them); without them {@link #create} gives {@code null} and each cell gets a
 * fresh javac.
 */
public final class ReusedJavac {

    /** The JVM options that let the kernel reuse javac's contexts (the installer writes them into the kernelspec). */
    public static final List<String> JVM_OPTIONS = List.of(
            "--add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.util=ALL-UNNAMED");

    private final JavacTaskPool pool = new JavacTaskPool(1);
    private final String cellsPackage;

    private ReusedJavac(String cellsPackage) {
        this.cellsPackage = cellsPackage;
    }

    /** A pool for cells compiled into {@code cellsPackage}, or {@code null} where javac's internals are closed. */
    static ReusedJavac create(String cellsPackage) {
        try {
            return new ReusedJavac(cellsPackage);
        } catch (IllegalAccessError | NoClassDefFoundError e) {
            return null;
        }
    }

    <T> T withTask(JavaFileManager files, DiagnosticCollector<JavaFileObject> diagnostics, List<String> options,
            List<JavaFileObject> sources, Function<JavacTask, T> work) {
        return pool.getTask(null, files, diagnostics, options, null, sources, task -> {
            Context context = ((JavacTaskImpl) task).getContext();
            try {
                return work.apply(task);
            } finally {
                forgetCells(context);
            }
        });
    }

    /** Drops the cells' package from the symbol table, so that its class files are listed again. */
    private void forgetCells(Context context) {
        Symtab symbols = Symtab.instance(context);
        ModuleSymbol module = symbols.java_base == symbols.noModule ? symbols.noModule : symbols.unnamedModule;
        PackageSymbol cells = symbols.getPackage(module, Names.instance(context).fromString(cellsPackage));
        if (cells == null) {
            return;
        }
        List<ClassSymbol> compiled = new ArrayList<>();
        symbols.getAllClasses().forEach(type -> {
            if (type.packge() == cells) {
                compiled.add(type);
            }
        });
        compiled.forEach(type -> symbols.removeClass(module, type.flatName()));
        cells.members_field = null;
        cells.completer = ClassFinder.instance(context).getCompleter();
    }
}
