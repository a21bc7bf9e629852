package org.dendrite.kernel.display;

import com.google.gson.JsonObject;
import org.dendrite.display.AsMimeTypes;

/**
 * {@code render(value, "text/html")} and {@code display(value, "image/png")}: the value as the
 * MIME types asked for. A string asked for as a text type is that type's content; anything else
 * is rendered as usual and only the types asked for are kept (with {@code text/plain}).
 */
final class MimeTypesRenderer implements Renderer {

    private final Renderers renderers;

    MimeTypesRenderer(Renderers renderers) {
        this.renderers = renderers;
    }

    @Override
    public boolean accepts(Object value) {
        return value instanceof AsMimeTypes;
    }

    @Override
    public MimeBundle render(Object value) {
        AsMimeTypes asked = (AsMimeTypes) value;
        MimeBundle rendered = renderers.render(asked.value());
        MimeBundle kept = new MimeBundle(new JsonObject(), rendered.metadata());
        for (String type : asked.mimeTypes()) {
            if (rendered.data().has(type)) {
                kept.data().add(type, rendered.data().get(type));
            } else if (asked.value() instanceof CharSequence text && isText(type)) {
                kept.with(type, text.toString());
            } else {
                kept.with("text/plain", "<cannot show " + typeName(asked.value()) + " as " + type + "; it renders as "
                        + String.join(", ", rendered.data().keySet()) + ">");
                return kept;
            }
        }
        if (!kept.data().has("text/plain")) {
            kept.with("text/plain", rendered.plainText());
        }
        return kept;
    }

    private static boolean isText(String type) {
        return type.startsWith("text/") || type.endsWith("+xml") || type.endsWith("json") || type.equals("application/javascript");
    }

    private static String typeName(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }
}
