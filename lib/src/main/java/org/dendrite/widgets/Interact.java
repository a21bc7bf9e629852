package org.dendrite.widgets;

import java.util.Objects;
import java.util.function.Supplier;
import org.dendrite.display.Display;

/** Re-draws a picture as controls move: ipywidgets' {@code interact} for Java cells. */
public final class Interact {

    private Interact() {
    }

    /**
     * Shows {@code controls} and what {@code view} returns (a chart), then calls {@code view}
     * again whenever a control changes and replaces the picture in place. The view reads the
     * controls' values itself:
     *
     * <pre>{@code
     * var lr = new FloatLogSlider("learning rate", 1e-3, 1, 0.1);
     * interact(() -> descentPath(lr.value()), lr);
     * }</pre>
     *
     * Changes that come while the view is being computed are gathered into one more call with
     * the latest values, so dragging a slider does not queue a computation per position.
     */
    public static void interact(Supplier<?> view, Widget... controls) {
        Objects.requireNonNull(view, "view");
        if (controls.length == 0) {
            throw new IllegalArgumentException("interact needs at least one control to watch");
        }
        Object first = view.get();
        Display.display(new VBox(controls));
        Redraw redraw = new Redraw(view, Display.display(first));
        for (Widget control : controls) {
            control.onChange(redraw::request);
        }
    }
}
