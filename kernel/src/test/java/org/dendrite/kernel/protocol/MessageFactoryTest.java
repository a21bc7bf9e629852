package org.dendrite.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageFactoryTest {

    private static final String ISO_MICROS = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}(Z|[+-]\\d\\d:\\d\\d)";

    private final MessageFactory factory = new MessageFactory();

    private static Message request(String type) {
        JsonObject header = new JsonObject();
        header.addProperty("msg_id", "request-1");
        header.addProperty("msg_type", type);
        return new Message(List.of("frontend".getBytes(StandardCharsets.UTF_8)), header,
                new JsonObject(), new JsonObject(), new JsonObject(), List.of());
    }

    private static String field(JsonObject header, String name) {
        return header.get(name).getAsString();
    }

    @Test
    void headerHasEveryFieldOfProtocol53() {
        JsonObject header = factory.header("status");

        UUID.fromString(field(header, "msg_id"));
        UUID.fromString(field(header, "session"));
        assertEquals("dendrite", field(header, "username"));
        assertEquals("status", field(header, "msg_type"));
        assertEquals("5.3", field(header, "version"));
    }

    @Test
    void dateIsIso8601WithMicrosecondsAndOffset() {
        String date = field(factory.header("status"), "date");

        assertTrue(date.matches(ISO_MICROS), date);
        OffsetDateTime.parse(date);
    }

    @Test
    void headersShareTheSessionButNotTheMessageId() {
        JsonObject first = factory.header("status");
        JsonObject second = factory.header("status");

        assertEquals(field(first, "session"), field(second, "session"));
        assertNotEquals(field(first, "msg_id"), field(second, "msg_id"));
    }

    @Test
    void replyCarriesTheRequestHeaderAsParentAndItsIdentities() {
        Message request = request("kernel_info_request");
        JsonObject content = new JsonObject();

        Message reply = factory.reply(request, "kernel_info_reply", content);

        assertEquals("kernel_info_reply", reply.type());
        assertEquals(request.header(), reply.parentHeader());
        assertSame(request.identities(), reply.identities());
        assertSame(content, reply.content());
    }

    @Test
    void broadcastIsTopicedByTypeAndParentedByItsCause() {
        Message request = request("execute_request");

        Message broadcast = factory.broadcast(request, "stream", new JsonObject());

        assertArrayEquals("stream".getBytes(StandardCharsets.UTF_8), broadcast.identities().get(0));
        assertEquals("request-1", field(broadcast.parentHeader(), "msg_id"));
    }

    @Test
    void broadcastWithoutCauseHasEmptyParentHeader() {
        Message broadcast = factory.broadcast(null, "status", new JsonObject());

        assertEquals(new JsonObject(), broadcast.parentHeader());
    }
}
