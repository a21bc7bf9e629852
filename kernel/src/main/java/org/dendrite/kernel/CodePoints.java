package org.dendrite.kernel;

/** Jupyter counts cursor positions in Unicode code points; Java strings index UTF-16 chars. */
final class CodePoints {

    private CodePoints() {
    }

    /** The char index of code point {@code position}, clamped to the text. */
    static int toCharIndex(String text, int position) {
        int points = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.max(0, Math.min(position, points)));
    }

    /** The code point position of char index {@code index}. */
    static int toCodePoint(String text, int index) {
        return text.codePointCount(0, Math.max(0, Math.min(index, text.length())));
    }
}
