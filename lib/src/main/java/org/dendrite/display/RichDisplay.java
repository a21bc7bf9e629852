package org.dendrite.display;

import java.util.Map;

/**
 * A library type that says how a notebook should show it: MIME type to content, such as
 * {@code text/html} or {@code image/svg+xml} (text) and {@code image/png} (base64). The kernel
 * shows the richest one the front end supports; {@code text/plain} should always be present.
 */
public interface RichDisplay {

    /** The representations of this value, keyed by MIME type. */
    Map<String, String> mimeBundle();
}
