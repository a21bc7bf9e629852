package org.dendrite.kernel.engine;

import java.util.List;

/**
 * Why a cell failed, in Jupyter's terms: the error's name, its message, and the traceback lines
 * a notebook shows.
 */
public record CellError(String name, String message, List<String> traceback) {

    /** The error for a cell stopped by an interrupt. */
    static CellError interrupted() {
        return new CellError("Interrupted", "The cell was interrupted; earlier definitions are kept.",
                List.of("Interrupted: the cell was stopped; earlier definitions are kept."));
    }
}
