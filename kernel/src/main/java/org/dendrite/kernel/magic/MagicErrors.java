package org.dendrite.kernel.magic;

import java.util.List;
import org.dendrite.kernel.engine.CellError;
import org.dendrite.kernel.engine.CellOutcome;

/** The failures magics report, named so that a notebook shows what to fix. */
final class MagicErrors {

    private MagicErrors() {
    }

    /** A failed cell with {@code name: message} as its only traceback line. */
    static CellOutcome failure(String name, String message) {
        return new CellOutcome.Failure(new CellError(name, message, List.of(name + ": " + message)));
    }

    /** A magic called with arguments it cannot use; {@code usage} says how to call it. */
    static CellOutcome usage(String problem, String usage) {
        return failure("MagicUsageError", problem + ". Usage: " + usage);
    }
}
