package org.dendrite.kernel.display;

/** Shows values of one kind in rich form: a chart as PNG, a table as HTML. */
public interface Renderer {

    /** Whether this renderer handles {@code value} (never null). */
    boolean accepts(Object value);

    /** The value's representations; {@code text/plain} should always be among them. */
    MimeBundle render(Object value);
}
