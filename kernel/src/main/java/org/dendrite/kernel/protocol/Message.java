package org.dendrite.kernel.protocol;

import com.google.gson.JsonObject;
import java.util.List;

/**
 * One Jupyter message: the routing identities it came with, its four JSON parts and any binary
 * buffers.
 */
public record Message(List<byte[]> identities, JsonObject header, JsonObject parentHeader,
                      JsonObject metadata, JsonObject content, List<byte[]> buffers) {

    /** The message type, such as {@code execute_request}. */
    public String type() {
        return header.has("msg_type") ? header.get("msg_type").getAsString() : "";
    }

    /** The header's {@code msg_id}. */
    public String id() {
        return header.has("msg_id") ? header.get("msg_id").getAsString() : "";
    }

    /** A string field of the content, or {@code fallback} when it is absent. */
    public String text(String field, String fallback) {
        return content.has(field) && !content.get(field).isJsonNull() ? content.get(field).getAsString() : fallback;
    }

    /** A boolean field of the content, or {@code fallback} when it is absent. */
    public boolean flag(String field, boolean fallback) {
        return content.has(field) && !content.get(field).isJsonNull() ? content.get(field).getAsBoolean() : fallback;
    }

    /** An integer field of the content, or {@code fallback} when it is absent. */
    public int number(String field, int fallback) {
        return content.has(field) && !content.get(field).isJsonNull() ? content.get(field).getAsInt() : fallback;
    }
}
