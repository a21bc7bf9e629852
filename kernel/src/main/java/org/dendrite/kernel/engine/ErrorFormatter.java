package org.dendrite.kernel.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Turns JShell's diagnostics and exceptions into errors a student can act on: the cell, line and
 * column of a compile error with the line underlined, and stack traces that show the user's
 * frames as cell lines, trimmed of the kernel's own frames.
 */
final class ErrorFormatter {

    /** Where a snippet came from: the cell's execution count and the cell line it starts on. */
    private record Origin(int cell, int firstLine) {
    }

    private final Map<String, Origin> origins = new HashMap<>();

    /** Remembers that {@code snippet} starts at {@code line} of cell {@code cell}. */
    void remember(Snippet snippet, int cell, int line) {
        origins.put(snippet.id(), new Origin(cell, line));
    }

    CellError compileError(JShell shell, Snippet snippet, CellSource cell, int segmentOffset) {
        List<Diag> errors = shell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList());
        if (errors.isEmpty()) {
            return new CellError("CompileError", "the snippet was rejected", List.of("Compile error: " + snippet.source()));
        }
        List<String> traceback = new ArrayList<>();
        String first = null;
        for (Diag diag : errors) {
            int start = segmentOffset + (int) Math.max(0, diag.getStartPosition());
            int end = segmentOffset + (int) Math.max(diag.getStartPosition() + 1, diag.getEndPosition());
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

    CellError runtimeError(JShell shell, JShellException exception) {
        if (exception instanceof UnresolvedReferenceException unresolved) {
            var snippet = unresolved.getSnippet();
            String missing = shell.unresolvedDependencies(snippet).collect(Collectors.joining(", "));
            String message = snippet.name() + " cannot be used until " + missing + " is declared";
            return new CellError("UnresolvedReference", message, List.of("UnresolvedReference: " + message));
        }
        List<String> traceback = new ArrayList<>();
        String name = exception.getClass().getName();
        String message = String.valueOf(exception.getMessage());
        boolean outermost = true;
        for (Throwable t = exception; t != null; t = t.getCause()) {
            String type = t instanceof EvalException eval ? eval.getExceptionClassName() : t.getClass().getName();
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
        String file = frame.getFileName();
        Origin origin = file != null && file.startsWith("#") ? origins.get(file.substring(1)) : null;
        if (origin == null) {
            return frame.toString();
        }
        String method = replMethod(frame);
        String place = "cell [" + origin.cell() + "], line " + (origin.firstLine() + Math.max(frame.getLineNumber(), 1) - 1);
        return method.isEmpty() ? place : method + " (" + place + ")";
    }

    /** {@code bar} for a method declared in a cell, {@code Foo.bar} for one of a class declared in a cell. */
    private static String replMethod(StackTraceElement frame) {
        String method = frame.getMethodName();
        if (method.isEmpty() || method.equals("do_it$")) {
            return "";
        }
        String type = frame.getClassName();
        return type.isEmpty() ? method : type.substring(type.lastIndexOf('.') + 1) + "." + method;
    }

    /** {@code "REPL.$JShell$17.s" is null} reads {@code "s" is null}: JShell's wrapper classes are hidden. */
    static String withoutWrapperNames(String message) {
        return message.replaceAll("REPL\\.\\$JShell\\$\\d+[.$]", "");
    }

    /** Drops javac's "location: class" line, which names JShell's hidden wrapper class. */
    private static String cleanMessage(String message) {
        return message.lines()
                .filter(line -> !line.trim().matches("location: class\\s*(REPL\\.\\S*)?"))
                .collect(Collectors.joining("\n"));
    }
}
