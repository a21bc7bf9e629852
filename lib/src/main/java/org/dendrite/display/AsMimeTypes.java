package org.dendrite.display;

import java.util.List;
import java.util.Objects;

/**
 * A value to be shown as the given MIME types only, made by {@link Display#render}: the kernel
 * renders {@code value} and keeps those types, or, for a string and a text type such as
 * {@code text/html}, shows the string as that type.
 */
public record AsMimeTypes(Object value, List<String> mimeTypes) {

    public AsMimeTypes {
        mimeTypes = List.copyOf(Objects.requireNonNull(mimeTypes, "mimeTypes"));
    }
}
