package org.dendrite.kernel.display;

import java.util.Arrays;

/** Any value as text: strings as they are, arrays by their elements, others by {@code toString()}. */
public final class TextRenderer implements Renderer {

    @Override
    public boolean accepts(Object value) {
        return true;
    }

    @Override
    public MimeBundle render(Object value) {
        return new MimeBundle().with("text/plain", text(value));
    }

    static String text(Object value) {
        if (value != null && value.getClass().isArray()) {
            String deep = Arrays.deepToString(new Object[] {value});
            return deep.substring(1, deep.length() - 1);
        }
        return String.valueOf(value);
    }
}
