package org.dendrite.kernel.display;

import org.dendrite.display.RichDisplay;

/** Library types that describe their own representations, such as tensors and autograd graphs. */
public final class RichDisplayRenderer implements Renderer {

    @Override
    public boolean accepts(Object value) {
        return value instanceof RichDisplay;
    }

    @Override
    public MimeBundle render(Object value) {
        MimeBundle bundle = new MimeBundle();
        ((RichDisplay) value).mimeBundle().forEach(bundle::with);
        if (bundle.plainText() == null) {
            bundle.with("text/plain", value.toString());
        }
        return bundle;
    }
}
