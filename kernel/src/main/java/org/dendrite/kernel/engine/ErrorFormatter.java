package org.dendrite.kernel.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import jdk.jshell.spi.ExecutionControl;

/**
 * Turns javac's diagnostics and a cell's exceptions into errors a student can act on: the cell,
 * line and column of a compile error with the line underlined, and stack traces that show the
 * user's frames as cell lines, trimmed of the kernel's own frames.
 */
final class ErrorFormatter {

    private static final String CELL_PACKAGE = Pattern.quote(CellCompiler.PACKAGE) + "\\.";
    private static final Pattern CELL_CLASS = Pattern.compile(CELL_PACKAGE + "(Cell\\d+)(\\$.*)?");

    /** Where a cell class came from: the cell's execution count and its program, for line numbers. */
    private record Origin(int cell, CellProgram program) {
    }

    private final Map<String, Origin> origins = new HashMap<>();

    /** Remembers that class {@code className} holds cell {@code cell}, written as {@code program}. */
    void remember(String className, int cell, CellProgram program) {
        origins.put(className, new Origin(cell, program));
    }

    CellError compileError(List<Diagnostic<? extends JavaFileObject>> errors, CellProgram program, CellSource cell) {
        List<String> traceback = new ArrayList<>();
        String first = null;
        for (Diagnostic<? extends JavaFileObject> diag : errors) {
            int start = program.cellOffset(Math.max(0, diag.getStartPosition()));
            int end = program.cellOffset(Math.max(diag.getStartPosition() + 1, diag.getEndPosition()));
            String where = "line " + cell.line(start) + ", column " + cell.column(start);
            String message = cleanMessage(diag.getMessage(Locale.ROOT));
            if (first == null) {
                first = where + ": " + message.lines().findFirst().orElse("");
            }
            String lineText = cell.lineText(start);
            int column = cell.column(start);
            int width = Math.max(1, Math.min(end - start, lineText.length() - column + 1));
            traceback.add("Compile error at " + where + ": " + message
                    + "\n    " + lineText
                    + "\n    " + " ".repeat(column - 1) + "^".repeat(width));
        }
        return new CellError("CompileError", first, traceback);
    }

    /** The error for an exception a cell threw, as JShell's execution control reports it. */
    CellError runtimeError(ExecutionControl.UserException exception) {
        List<String> traceback = new ArrayList<>();
        String name = exception.causeExceptionClass();
        String message = "";
        boolean outermost = true;
        for (Throwable t = exception; t != null; t = t.getCause()) {
            String type = t instanceof ExecutionControl.UserException user ? user.causeExceptionClass() : t.getClass().getName();
            String detail = t.getMessage() == null ? null : withoutWrapperNames(t.getMessage());
            String text = detail == null ? type : type + ": " + detail;
            if (outermost) {
                name = type;
                message = detail == null ? "" : detail;
            }
            StringBuilder lines = new StringBuilder(outermost ? text : "Caused by: " + text);
            appendFrames(lines, userFrames(t.getStackTrace()));
            traceback.add(lines.toString());
            outermost = false;
        }
        if (name.equals(OutOfMemoryError.class.getName())) {
            traceback.add(outOfMemoryAdvice());
        }
        return new CellError(name, message, traceback);
    }

    /**
     * Appends one line per frame; a run of equal lines, as a runaway recursion leaves, is shown
     * once and counted: {@code ... the line above repeated 1021 more times}.
     */
    private void appendFrames(StringBuilder lines, List<StackTraceElement> frames) {
        String previous = null;
        int repeats = 0;
        for (StackTraceElement frame : frames) {
            String line = describe(frame);
            if (line.equals(previous)) {
                repeats++;
                continue;
            }
            appendRepeats(lines, repeats);
            repeats = 0;
            lines.append("\n    at ").append(line);
            previous = line;
        }
        appendRepeats(lines, repeats);
    }

    private static void appendRepeats(StringBuilder lines, int repeats) {
        if (repeats > 0) {
            lines.append("\n    ... the line above repeated ").append(repeats).append(repeats == 1 ? " more time" : " more times");
        }
    }

    private static String outOfMemoryAdvice() {
        long maxMegabytes = Runtime.getRuntime().maxMemory() >> 20;
        return "The kernel is still running and earlier definitions are kept. The cell needed more memory than"
                + " the kernel's heap of " + maxMegabytes + " MB: use smaller arrays or batches, or reinstall the"
                + " kernel with a larger heap (--jvm-option -Xmx8g).";
    }

    /**
     * The frames down to the first one of the reflection or the kernel that called the cell,
     * without the {@link ExitGuard} frame that a refused {@code System.exit} starts with.
     */
    private static List<StackTraceElement> userFrames(StackTraceElement[] frames) {
        List<StackTraceElement> kept = new ArrayList<>();
        for (StackTraceElement frame : frames) {
            String type = frame.getClassName();
            if (kept.isEmpty() && type.equals(ExitGuard.class.getName())) {
                continue;
            }
            if (type.startsWith("jdk.internal.reflect.") || type.startsWith("java.lang.reflect.")
                    || type.startsWith("org.dendrite.kernel.") || type.startsWith("jdk.jshell.")) {
                break;
            }
            kept.add(frame);
        }
        return kept;
    }

    private String describe(StackTraceElement frame) {
        Matcher cellClass = CELL_CLASS.matcher(frame.getClassName());
        Origin origin = cellClass.matches() ? origins.get(cellClass.group(1)) : null;
        if (origin == null) {
            return frame.toString();
        }
        int line = Math.max(1, origin.program().cellLine(frame.getLineNumber()));
        String method = replMethod(frame.getMethodName(), cellClass.group(2));
        String place = "cell [" + origin.cell() + "], line " + line;
        return method.isEmpty() ? place : method + " (" + place + ")";
    }

    /**
     * {@code bar} for a method declared in a cell, {@code Foo.bar} for one of a class declared in
     * a cell, nothing for the cell's own statements (its run method and the lambdas in it).
     */
    private static String replMethod(String method, String nested) {
        if (method.equals(CellProgram.RUN) || method.startsWith("lambda$")) {
            return "";
        }
        return nested == null ? method : nested.substring(nested.lastIndexOf('$') + 1) + "." + method;
    }

    /** {@code "REPL.Cell17.s" is null} reads {@code "s" is null}: the cells' classes are hidden. */
    static String withoutWrapperNames(String message) {
        return message.replaceAll(CELL_PACKAGE + "Cell\\d+[.$]", "");
    }

    /** Drops javac's "location: class" line, which names a cell's hidden class, and hides those names. */
    private static String cleanMessage(String message) {
        return withoutWrapperNames(message.lines()
                .filter(line -> !line.trim().matches("location: class\\s*(" + CELL_PACKAGE + ")?(Cell\\d+)?"))
                .collect(Collectors.joining("\n")));
    }
}
