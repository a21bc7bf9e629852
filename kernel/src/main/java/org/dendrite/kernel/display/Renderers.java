package org.dendrite.kernel.display;

import java.util.List;

/** Picks the first renderer that accepts a value; text is the last resort for everything. */
public final class Renderers {

    private final List<Renderer> renderers;

    /** The kernel's renderers; {@code chartsWithSvg} adds SVG to every chart's PNG. */
    public Renderers(boolean chartsWithSvg) {
        this.renderers = List.of(new MimeTypesRenderer(this), new RichDisplayRenderer(), new ChartRenderer(chartsWithSvg),
                new TableRenderer(), new ImageRenderer(), new TextRenderer());
    }

    /**
     * The value's representations. A renderer that fails (say, a {@code toString()} that
     * throws) gives a line of text naming the failure instead of losing the output.
     */
    public MimeBundle render(Object value) {
        if (value == null) {
            return new MimeBundle().with("text/plain", "null");
        }
        for (Renderer renderer : renderers) {
            if (renderer.accepts(value)) {
                try {
                    return renderer.render(value);
                } catch (RuntimeException | LinkageError e) {
                    return new MimeBundle().with("text/plain", "<" + value.getClass().getName()
                            + " could not be displayed: " + e + ">");
                }
            }
        }
        throw new IllegalStateException("TextRenderer accepts every value");
    }
}
