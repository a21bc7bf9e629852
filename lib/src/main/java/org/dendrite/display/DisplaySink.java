package org.dendrite.display;

/** Where {@link Display} sends values: the notebook when a kernel runs, standard output otherwise. */
@FunctionalInterface
public interface DisplaySink {

    /** Prints {@code String.valueOf(value)}: the sink outside a notebook. */
    DisplaySink PRINT = (value, displayId, update) -> System.out.println(value);

    /**
     * Shows {@code value}. An {@code update} replaces what the display {@code displayId}
     * showed before instead of adding a new output.
     */
    void show(Object value, String displayId, boolean update);
}
