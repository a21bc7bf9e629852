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
            String text = t.getMessage() == null ? type : type + ": " + t.getMessage();
            if (outermost) {
                name = type;
                message = t.getMessage() == null ? "" : t.getMessage();
            }
            StringBuilder lines = new StringBuilder(outermost ? text : "Caused by: " + text);
            for (StackTraceElement frame : userFrames(t.getStackTrace())) {
                lines.append("\n    at ").append(describe(frame));
            }
            traceback.add(lines.toString());
            outermost = false;
        }
        return new CellError(name, message, traceback);
    }

    /** The frames down to the first one of the reflection or the kernel that called the cell. */
    private static List<StackTraceElement> userFrames(StackTraceElement[] frames) {
        List<StackTraceElement> kept = new ArrayList<>();
        for (StackTraceElement frame : frames) {
            String type = frame.getClassName();
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

    /**
     * {@code Foo.bar} for a method of a class declared in a cell, {@code bar} for a cell method.
     * JShell's stack traces give a cell method's frame an empty class name, and a cell's own
     * statements an empty method name.
     */
    private static String replMethod(StackTraceElement frame) {
        String type = frame.getClassName();
        String method = frame.getMethodName();
        if (method.isEmpty() || method.equals("do_it$")) {
            return "";
        }
        if (type.isEmpty()) {
            return method;
        }
        int nested = type.lastIndexOf('$');
        String simple = nested >= 0 ? type.substring(nested + 1) : type;
        return simple.startsWith("JShell") || simple.matches("\\d+") ? method : simple + "." + method;
    }

    /** Drops javac's "location: class" line, which names JShell's hidden wrapper class. */
    private static String cleanMessage(String message) {
        return message.lines()
                .filter(line -> !line.trim().matches("location: class\\s*(REPL\\.\\S*)?"))
                .collect(Collectors.joining("\n"));
    }
}
