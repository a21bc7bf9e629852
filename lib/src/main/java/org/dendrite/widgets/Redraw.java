package org.dendrite.widgets;

import java.util.function.Supplier;
import org.dendrite.display.DisplayHandle;

/**
 * Calls a view again and replaces its display, at most one call pending at a time: a request
 * made while one is pending adds nothing, one made while the view runs asks for one more run.
 */
final class Redraw {

    private final Supplier<?> view;
    private final DisplayHandle shown;
    private boolean pending;

    Redraw(Supplier<?> view, DisplayHandle shown) {
        this.view = view;
        this.shown = shown;
    }

    /** Asks for a run after the messages already received. */
    void request() {
        synchronized (this) {
            if (pending) {
                return;
            }
            pending = true;
        }
        Comms.later(this::run);
    }

    private void run() {
        synchronized (this) {
            pending = false;
        }
        Object picture;
        try {
            picture = view.get();
        } catch (RuntimeException e) {
            picture = "The view failed: " + e;
        }
        shown.update(picture);
    }
}
