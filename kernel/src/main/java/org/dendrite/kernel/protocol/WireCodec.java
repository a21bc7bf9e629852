package org.dendrite.kernel.protocol;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns ZeroMQ frames into messages and back:
 * {@code [identities..., <IDS|MSG>, signature, header, parent_header, metadata, content, buffers...]}.
 */
public final class WireCodec {

    private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    private static final Gson GSON = new Gson();

    private final MessageSigner signer;

    public WireCodec(MessageSigner signer) {
        this.signer = signer;
    }

    /** Decodes received frames; throws {@link InvalidMessageException} for a bad signature or shape. */
    public Message decode(List<byte[]> frames) {
        int delimiter = indexOfDelimiter(frames);
        if (delimiter < 0) {
            throw new InvalidMessageException("no <IDS|MSG> delimiter among " + frames.size() + " frames");
        }
        if (frames.size() < delimiter + 6) {
            throw new InvalidMessageException("expected 5 frames after the delimiter, got " + (frames.size() - delimiter - 1));
        }
        byte[] header = frames.get(delimiter + 2);
        byte[] parent = frames.get(delimiter + 3);
        byte[] metadata = frames.get(delimiter + 4);
        byte[] content = frames.get(delimiter + 5);
        String signature = new String(frames.get(delimiter + 1), StandardCharsets.US_ASCII);
        if (!signer.verify(signature, header, parent, metadata, content)) {
            throw new InvalidMessageException("invalid HMAC signature");
        }
        List<byte[]> identities = List.copyOf(frames.subList(0, delimiter));
        JsonObject headerJson = parseObject(header, "header");
        try {
            return new Message(identities, headerJson,
                    parseObject(parent, "parent_header"),
                    parseObject(metadata, "metadata"),
                    parseObject(content, "content"),
                    List.copyOf(frames.subList(delimiter + 6, frames.size())));
        } catch (InvalidMessageException e) {
            Message envelope = new Message(identities, headerJson, new JsonObject(), new JsonObject(), new JsonObject(),
                    List.of());
            throw new InvalidMessageException(e.getMessage(), envelope);
        }
    }

    /** Encodes and signs a message for sending. */
    public List<byte[]> encode(Message message) {
        byte[] header = json(message.header());
        byte[] parent = json(message.parentHeader());
        byte[] metadata = json(message.metadata());
        byte[] content = json(message.content());
        List<byte[]> frames = new ArrayList<>(message.identities());
        frames.add(DELIMITER);
        frames.add(signer.sign(header, parent, metadata, content).getBytes(StandardCharsets.US_ASCII));
        frames.add(header);
        frames.add(parent);
        frames.add(metadata);
        frames.add(content);
        frames.addAll(message.buffers());
        return frames;
    }

    private static int indexOfDelimiter(List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(frames.get(i), DELIMITER)) {
                return i;
            }
        }
        return -1;
    }

    private static JsonObject parseObject(byte[] frame, String part) {
        try {
            var element = JsonParser.parseString(new String(frame, StandardCharsets.UTF_8));
            if (!element.isJsonObject()) {
                throw new InvalidMessageException(part + " is not a JSON object");
            }
            return element.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new InvalidMessageException(part + " is not valid JSON: " + e.getMessage());
        }
    }

    private static byte[] json(JsonObject object) {
        return GSON.toJson(object).getBytes(StandardCharsets.UTF_8);
    }
}
