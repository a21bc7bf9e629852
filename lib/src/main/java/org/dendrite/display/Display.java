package org.dendrite.display;

import java.util.List;
import java.util.Objects;

/**
 * Shows values in the notebook, from a cell or from library code: {@code display(chart)}.
 *
 * <p>The kernel installs a {@link DisplaySink} that renders values as rich output (PNG, HTML,
 * text); outside a notebook the default sink prints {@code toString()} to standard output.
 */
public final class Display {

    private static volatile DisplaySink sink = DisplaySink.PRINT;

    private Display() {
    }

    /** Shows {@code value} now and returns a handle that can replace it later. */
    public static DisplayHandle display(Object value) {
        DisplayHandle handle = DisplayHandle.create();
        sink.show(value, handle.id(), false);
        return handle;
    }

    /**
     * Shows {@code value} as the given MIME types only, such as {@code "text/html"} (a string is
     * then taken as that type's content, as IJava and JJava do); returns a handle, as
     * {@link #display(Object)} does.
     */
    public static DisplayHandle display(Object value, String... mimeTypes) {
        return display(render(value, mimeTypes));
    }

    /**
     * The value to show as the given MIME types: shown as them when it is a cell's value or given
     * to {@code display}. IJava's and JJava's {@code render(value, mimeTypes...)}.
     */
    public static Object render(Object value, String... mimeTypes) {
        return mimeTypes.length == 0 ? value : new AsMimeTypes(value, List.of(mimeTypes));
    }

    /**
     * Replaces what a display shows: {@code display} is the handle {@link #display(Object)}
     * returned, or its id (IJava's and JJava's {@code updateDisplay(id, value)}).
     */
    public static void updateDisplay(Object display, Object value, String... mimeTypes) {
        String id = display instanceof DisplayHandle handle ? handle.id() : String.valueOf(display);
        update(id, render(value, mimeTypes));
    }

    /** Replaces what the display with {@code displayId} shows. */
    static void update(String displayId, Object value) {
        sink.show(value, displayId, true);
    }

    /**
     * Whether displays go to a notebook (a kernel installed its sink), rather than to standard
     * output: library code that updates a display in place, such as a training progress line,
     * asks this to choose between a live display and plain text.
     */
    public static boolean isNotebook() {
        return sink != DisplaySink.PRINT;
    }

    /** Routes every later display to {@code newSink}; the kernel calls this at start-up. */
    public static void setSink(DisplaySink newSink) {
        sink = Objects.requireNonNull(newSink, "sink");
    }
}
