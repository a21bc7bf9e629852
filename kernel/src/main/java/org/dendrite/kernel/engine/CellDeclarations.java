package org.dendrite.kernel.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the cells so far have declared, as the import lines a new cell's class starts with: the
 * kernel's default imports and the cells' own, then one {@code import static} per declared name
 * from the latest cell that declared it. A later declaration of a name replaces an earlier one of
 * the same kind (variable, method or type); a method replaces all earlier methods of its name.
 */
final class CellDeclarations {

    private final Set<String> imports = new LinkedHashSet<>();
    private final Map<String, String> declaredIn = new LinkedHashMap<>();   // "kind name" -> class
    private int cellsAdded;

    /** Starts with {@code defaults}, such as {@code java.util.*} or {@code static java.lang.Math.max}. */
    CellDeclarations(List<String> defaults) {
        defaults.forEach(name -> imports.add("import " + name + ";"));
    }

    /** How many cells {@link #add} recorded: the import lines change only when it grows. */
    int cellsAdded() {
        return cellsAdded;
    }

    /** The import lines for the next cell's class. */
    List<String> importLines() {
        List<String> lines = new ArrayList<>(imports);
        Set<String> statics = new LinkedHashSet<>();
        declaredIn.forEach((key, className) -> statics.add(
                "import static " + CellCompiler.binaryName(className) + "." + key.substring(key.indexOf(' ') + 1) + ";"));
        lines.addAll(statics);
        return lines;
    }

    /**
     * Records what the cell compiled as {@code className} declared; later cells see it. A
     * {@code var} without a type in {@code inferredTypes} (one of an anonymous class) stayed local.
     */
    void add(String className, List<CellPart> parts, Map<String, String> inferredTypes) {
        cellsAdded++;
        for (CellPart part : parts) {
            if (part instanceof CellPart.Import imported) {
                imports.add(imported.source().strip());
            } else if (part instanceof CellPart.Variables variables) {
                variables.variables().stream()
                        .filter(v -> !v.inferred() || inferredTypes.containsKey(v.name()))
                        .forEach(v -> declare("variable " + v.name(), className));
            } else if (part instanceof CellPart.Member member) {
                declare((member.isType() ? "type " : "method ") + member.name(), className);
            }
        }
    }

    private void declare(String key, String className) {
        declaredIn.remove(key);   // the newest last, so that import order follows the cells
        declaredIn.put(key, className);
    }
}
