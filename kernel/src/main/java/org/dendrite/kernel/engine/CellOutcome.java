package org.dendrite.kernel.engine;

/**
 * What running a cell gave: a value to show (when its last snippet is an expression), nothing,
 * or an error.
 */
public sealed interface CellOutcome {

    /** The cell ran; {@code hasValue} tells whether {@code value} (possibly null) is to be shown. */
    record Success(Object value, boolean hasValue) implements CellOutcome {
    }

    /** The cell failed to compile, threw, or was interrupted. */
    record Failure(CellError error) implements CellOutcome {
    }
}
