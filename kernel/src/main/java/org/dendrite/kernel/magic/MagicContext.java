package org.dendrite.kernel.magic;

import org.dendrite.kernel.engine.CellOutcome;
import org.dendrite.kernel.engine.JShellEngine;

/** What a magic works with: the cell's engine and execution count. */
public record MagicContext(JShellEngine engine, int cell) {

    /** Runs Java as part of this cell. */
    public CellOutcome evaluate(String java) {
        return engine.evaluate(java, cell);
    }
}
