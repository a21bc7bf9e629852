package org.dendrite.kernel.protocol;

import com.google.gson.JsonObject;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/** Makes the kernel's messages: fresh headers with this session's id, replies and broadcasts. */
public final class MessageFactory {

    /** The messaging protocol version the kernel speaks. */
    public static final String PROTOCOL_VERSION = "5.3";
    private static final DateTimeFormatter ISO_MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX");

    private final String session = UUID.randomUUID().toString();

    /** A reply to {@code request} on the socket it came from, routed back to its sender. */
    public Message reply(Message request, String type, JsonObject content) {
        return new Message(request.identities(), header(type), request.header(), new JsonObject(), content, List.of());
    }

    /** A broadcast on IOPub, caused by {@code parent} (null for none). */
    public Message broadcast(Message parent, String type, JsonObject content) {
        JsonObject parentHeader = parent == null ? new JsonObject() : parent.header();
        List<byte[]> topic = List.of(type.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Message(topic, header(type), parentHeader, new JsonObject(), content, List.of());
    }

    JsonObject header(String type) {
        JsonObject header = new JsonObject();
        header.addProperty("msg_id", UUID.randomUUID().toString());
        header.addProperty("username", "dendrite");
        header.addProperty("session", session);
        header.addProperty("date", now());
        header.addProperty("msg_type", type);
        header.addProperty("version", PROTOCOL_VERSION);
        return header;
    }

    /** The current time in ISO-8601 with microseconds and the UTC offset, as headers carry it. */
    static String now() {
        return ZonedDateTime.now(ZoneOffset.UTC).format(ISO_MICROS);
    }
}
