package org.dendrite.kernel.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Java source of one cell as one class, and the way back from its positions and lines to the
 * cell's. For a cell
 * <pre>
 * int n = 3;
 * int twice(int x) { return 2 * x; }
 * twice(n)
 * </pre>
 * it writes, keeping the cell's own text as it was:
 * <pre>
 * package REPL;
 * import ...;                                     // the kernel's and earlier cells' imports
 * import static REPL.Cell4.model;                 // what earlier cells declared
 * public final class Cell5 {
 *     public static int n;
 *     public static int twice(int x) { return 2 * x; }
 *     public static void $run() throws Throwable {
 *         n = 3;
 *         org.dendrite.kernel.engine.CellValue.show(() -> twice(n));
 *     }
 * }
 * </pre>
 * Variables become static fields, so that later cells can import them; statements run in order.
 */
final class CellProgram {

    /** The method that runs a cell's statements. */
    static final String RUN = "$run";
    private static final Pattern TOP_LEVEL_MODIFIER = Pattern.compile("\\b(public|protected|private|static)\\b");

    private final StringBuilder source = new StringBuilder();
    private final List<int[]> spans = new ArrayList<>();   // {start in source, end in source, start in cell}
    private final List<Integer> cellLines = new ArrayList<>(List.of(0, 0));   // by source line from 1; 0 for glue
    private final CellSource cell;

    private CellProgram(CellSource cell) {
        this.cell = cell;
    }

    /**
     * The class {@code className} for {@code parts} of {@code cell}, after the {@code imports}
     * (lines such as {@code import java.util.*;}); {@code types} gives the types javac inferred
     * for {@code var}s (a missing one is written as {@code var}, for a first analysis).
     */
    static CellProgram write(String className, CellSource cell, List<CellPart> parts, List<String> imports,
            Map<String, String> types) {
        CellProgram program = new CellProgram(cell);
        program.glue("package " + CellCompiler.PACKAGE + ";\n");
        imports.forEach(line -> program.glue(line + "\n"));
        for (CellPart part : parts) {
            if (part instanceof CellPart.Import imported) {
                program.verbatim(imported.source(), imported.offset()).glue("\n");
            }
        }
        program.glue("public final class " + className + " {\n");
        for (CellPart part : parts) {
            if (part instanceof CellPart.Variables variables) {
                for (CellPart.Variable variable : variables.variables()) {
                    if (!variable.inferred()) {
                        program.glue("public static ").verbatim(variable.type(), variable.typeOffset());
                    } else if (types.containsKey(variable.name())) {
                        program.glue("public static " + types.get(variable.name()));
                    } else {
                        continue;
                    }
                    program.glue(" " + variable.name() + ";\n");
                }
            } else if (part instanceof CellPart.Member member) {
                program.glue("public static ").verbatim(blankLeadingModifiers(member.source()), member.offset()).glue("\n");
            }
        }
        program.glue("public static void " + RUN + "() throws Throwable {\n");
        for (int i = 0; i < parts.size(); i++) {
            CellPart part = parts.get(i);
            boolean last = i == parts.size() - 1;
            if (part instanceof CellPart.Variables variables) {
                for (CellPart.Variable variable : variables.variables()) {
                    if (variable.inferred() && !types.containsKey(variable.name())) {
                        program.glue("var " + variable.name() + " = ");
                        program.verbatim(variable.initializer(), variable.initializerOffset()).glue(";\n");
                    } else if (variable.initializer() != null) {
                        program.glue(variable.name() + " = ");
                        if (variable.initializer().startsWith("{")) {
                            program.glue("new " + variable.type() + " ");   // {1, 2} alone is only allowed in a declaration
                        }
                        program.verbatim(variable.initializer(), variable.initializerOffset()).glue(";\n");
                    }
                }
            } else if (part instanceof CellPart.Code code) {
                if (code.expression() && (last || !code.statement())) {
                    program.glue(CellValue.class.getName() + (last ? ".show(() -> " : ".ignore(() -> "))
                            .verbatim(CellParser.withoutSemicolon(code.source()), code.offset()).glue("\n);\n");
                } else {
                    program.verbatim(code.source(), code.offset()).glue("\n");
                }
            }
        }
        program.glue("}\n}\n");
        return program;
    }

    /** The class's source. */
    String source() {
        return source.toString();
    }

    /** The cell offset of a position in the source, or the nearest cell text before it. */
    int cellOffset(long position) {
        int mapped = 0;
        for (int[] span : spans) {
            if (position >= span[0] && position <= span[1]) {
                return span[2] + (int) (position - span[0]);
            }
            if (position > span[1]) {
                mapped = span[2] + span[1] - span[0];
            }
        }
        return mapped;
    }

    /** The 1-based cell line of a source line, or 0 where the line is the program's own. */
    int cellLine(int sourceLine) {
        return sourceLine >= 1 && sourceLine < cellLines.size() ? cellLines.get(sourceLine) : 0;
    }

    /** Access and {@code static} modifiers mean nothing at a cell's top level (JShell ignores them too). */
    private static String blankLeadingModifiers(String declaration) {
        int header = declaration.indexOf('{') < 0 ? declaration.length() : declaration.indexOf('{');
        String head = TOP_LEVEL_MODIFIER.matcher(declaration.substring(0, header))
                .replaceAll(m -> " ".repeat(m.group().length()));
        return head + declaration.substring(header);
    }

    private CellProgram glue(String text) {
        append(text, -1);
        return this;
    }

    private CellProgram verbatim(String text, int cellOffset) {
        spans.add(new int[] {source.length(), source.length() + text.length(), cellOffset});
        append(text, cellOffset);
        return this;
    }

    private void append(String text, int cellOffset) {
        int lineStart = cellLines.size() - 1;
        if (cellOffset >= 0 && cellLines.get(lineStart) == 0) {
            cellLines.set(lineStart, cell.line(cellOffset));
        }
        for (int i = 0; i < text.length(); i++) {
            source.append(text.charAt(i));
            if (text.charAt(i) == '\n') {
                cellLines.add(cellOffset >= 0 ? cell.line(cellOffset + i + 1) : 0);
            }
        }
    }
}
