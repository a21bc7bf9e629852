package org.dendrite.kernel.magic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line magics used as Java expressions, as IJava and JJava allow after {@code =}:
 * {@code List<String> added = %jars lib/*.jar;} becomes
 * {@code List<String> added = CellFunctions.lineMagic("jars", List.of("lib/*.jar"));}. The
 * magic's arguments run to the end of the line (a last {@code ;} ends the statement), split at
 * blanks, with double quotes around an argument that holds blanks.
 */
final class InlineMagics {

    private static final Pattern AFTER_ASSIGNMENT = Pattern.compile("(?<![=!<>])=\\s*%([A-Za-z][\\w-]*)(.*)$", Pattern.MULTILINE);
    private static final Pattern UNESCAPED_QUOTE = Pattern.compile("(?<!\\\\)\"");

    private InlineMagics() {
    }

    /** {@code code} with each line magic after an {@code =} (outside a string) replaced by its call. */
    static String rewrite(String code) {
        Matcher magic = AFTER_ASSIGNMENT.matcher(code);
        StringBuilder out = new StringBuilder();
        while (magic.find()) {
            int lineStart = code.lastIndexOf('\n', magic.start()) + 1;
            if (insideString(code.substring(lineStart, magic.start()))) {
                continue;
            }
            String arguments = magic.group(2).strip();
            boolean endsStatement = arguments.endsWith(";");
            if (endsStatement) {
                arguments = arguments.substring(0, arguments.length() - 1);
            }
            String call = "= " + CellFunctions.class.getName() + ".lineMagic(" + literal(magic.group(1)) + ", java.util.List.of("
                    + String.join(", ", split(arguments).stream().map(InlineMagics::literal).toList()) + "))"
                    + (endsStatement ? ";" : "");
            magic.appendReplacement(out, Matcher.quoteReplacement(call));
        }
        magic.appendTail(out);
        return out.toString();
    }

    /** The arguments of a magic line, split at blanks; {@code "a b"} is one argument. */
    static List<String> split(String arguments) {
        List<String> split = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : arguments.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (!current.isEmpty()) {
                    split.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            split.add(current.toString());
        }
        return split;
    }

    private static boolean insideString(String linePrefix) {
        return UNESCAPED_QUOTE.matcher(linePrefix).results().count() % 2 == 1;
    }

    private static String literal(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
