package org.dendrite.kernel.display;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * One value in the forms a notebook can show it, keyed by MIME type ({@code image/png} as
 * base64, {@code text/html}, {@code text/plain}), with per-type metadata such as image size.
 */
public record MimeBundle(JsonObject data, JsonObject metadata) {

    /** An empty bundle to fill. */
    public MimeBundle() {
        this(new JsonObject(), new JsonObject());
    }

    /** Adds one representation. */
    public MimeBundle with(String mimeType, String value) {
        data.addProperty(mimeType, value);
        return this;
    }

    /** Adds one representation whose content is JSON, such as a widget's view. */
    public MimeBundle withJson(String mimeType, JsonElement value) {
        data.add(mimeType, value);
        return this;
    }

    /** Adds metadata for one representation, such as an image's display width. */
    public MimeBundle withMetadata(String mimeType, String key, Number value) {
        if (!metadata.has(mimeType)) {
            metadata.add(mimeType, new JsonObject());
        }
        metadata.getAsJsonObject(mimeType).addProperty(key, value);
        return this;
    }

    /** Adds a yes-or-no metadata entry, such as whether a chart has the course style. */
    public MimeBundle withMetadata(String section, String key, boolean value) {
        if (!metadata.has(section)) {
            metadata.add(section, new JsonObject());
        }
        metadata.getAsJsonObject(section).addProperty(key, value);
        return this;
    }

    /** The plain-text representation, or null. */
    public String plainText() {
        return data.has("text/plain") ? data.get("text/plain").getAsString() : null;
    }
}
