package org.dendrite.kernel.magic;

import java.util.Map;
import org.dendrite.display.RichDisplay;

/** Text of one MIME type (HTML, Markdown, LaTeX, SVG) to show as it is, with itself as plain text. */
public record MimeText(String mimeType, String text) implements RichDisplay {

    @Override
    public Map<String, String> mimeBundle() {
        return Map.of(mimeType, text, "text/plain", text);
    }

    @Override
    public String toString() {
        return text;
    }
}
