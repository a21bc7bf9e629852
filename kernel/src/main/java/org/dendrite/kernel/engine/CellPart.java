package org.dendrite.kernel.engine;

import java.util.List;

/**
 * One piece of a parsed cell, with where its text starts in the cell. A cell is a list of
 * imports, variable declarations, methods and types (its declarations, which later cells see)
 * and statements and expressions (which run in order when the cell runs).
 */
sealed interface CellPart {

    /** Where the part's text starts in the cell (a char offset). */
    int offset();

    /** {@code import java.util.*;} or {@code import static java.lang.Math.max;}, verbatim. */
    record Import(String source, int offset) implements CellPart {
    }

    /**
     * {@code int x = 1, y;}: one or more variables. {@code type} is the declared type's text, or
     * {@code null} for {@code var}, whose type javac infers.
     */
    record Variables(List<Variable> variables, int offset) implements CellPart {
    }

    /** One declared variable: its name, type text, and initializer text with its cell offset. */
    record Variable(String name, String type, int typeOffset, String initializer, int initializerOffset) {

        boolean inferred() {
            return type == null;
        }
    }

    /** A method, class, interface, enum or record, and the name it declares. */
    record Member(String source, int offset, String name, boolean isType) implements CellPart {
    }

    /**
     * A statement, or an expression ({@code expression} true) whose value the cell shows when it is
     * the last part; {@code statement} tells whether the text is a valid Java statement as it stands.
     */
    record Code(String source, int offset, boolean expression, boolean statement) implements CellPart {
    }
}
