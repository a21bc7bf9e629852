package org.dendrite.display;

import java.util.UUID;

/** One output in the notebook that can be replaced in place, as a live chart or a progress line. */
public final class DisplayHandle {

    private final String id;

    private DisplayHandle(String id) {
        this.id = id;
    }

    static DisplayHandle create() {
        return new DisplayHandle(UUID.randomUUID().toString());
    }

    /** The Jupyter display id shared by the first output and its updates. */
    public String id() {
        return id;
    }

    /** Replaces what this display shows with {@code value}. */
    public void update(Object value) {
        Display.update(id, value);
    }

    @Override
    public String toString() {
        return "DisplayHandle[" + id + "]";
    }
}
