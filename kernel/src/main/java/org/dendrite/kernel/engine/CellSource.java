package org.dendrite.kernel.engine;

/** A cell's text, with lookups from a character offset to the line and column a person sees. */
record CellSource(String text) {

    /** The 1-based line of {@code offset}. */
    int line(int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The 1-based column of {@code offset} within its line. */
    int column(int offset) {
        int clamped = Math.min(offset, text.length());
        return clamped - text.lastIndexOf('\n', clamped - 1);
    }

    /** The text of the line that holds {@code offset}, without its newline. */
    String lineText(int offset) {
        int clamped = Math.min(offset, text.length());
        int start = text.lastIndexOf('\n', clamped - 1) + 1;
        int end = text.indexOf('\n', clamped);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
