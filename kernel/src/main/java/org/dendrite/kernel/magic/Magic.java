package org.dendrite.kernel.magic;

import java.util.List;
import org.dendrite.kernel.engine.CellOutcome;

/** A kernel command written as {@code %name arguments} (a line magic) or {@code %%name} over a cell. */
public interface Magic {

    /** The names it is called by, with their percent signs: {@code %time}, {@code %%time}. */
    List<String> names();

    /** One line for {@code %lsmagic}: how to call it and what it does. */
    String summary();

    /**
     * Runs the magic called {@code name}: {@code arguments} is the rest of its line, {@code body}
     * the cell below a {@code %%} line (empty for a line magic).
     */
    CellOutcome run(String name, String arguments, String body, MagicContext context);

    /** Stops what {@link #run} started; called from another thread when the user interrupts. */
    default void interrupt() {
    }
}
