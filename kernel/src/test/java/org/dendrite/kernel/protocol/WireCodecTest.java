package org.dendrite.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireCodecTest {

    private static final String KEY = "a0b1c2d3-secret";
    private final MessageSigner signer = new MessageSigner("hmac-sha256", KEY);
    private final WireCodec codec = new WireCodec(signer);

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonObject json(String key, String value) {
        JsonObject object = new JsonObject();
        object.addProperty(key, value);
        return object;
    }

    private static Message sample() {
        return new Message(List.of(bytes("client-1"), bytes("client-2")),
                json("msg_type", "execute_request"), json("msg_id", "parent-1"), json("tag", "m"),
                json("code", "1 + 1 // é 😀"), List.of(new byte[] {0, 1, 2, (byte) 255}));
    }

    /** Signed frames around the given JSON parts, so that only their shape can be wrong. */
    private List<byte[]> signedFrames(String header, String parent, String metadata, String content) {
        String signature = signer.sign(bytes(header), bytes(parent), bytes(metadata), bytes(content));
        return List.of(bytes("id"), bytes("<IDS|MSG>"), bytes(signature),
                bytes(header), bytes(parent), bytes(metadata), bytes(content));
    }

    private static String rejectionOf(Runnable decode) {
        return assertThrows(InvalidMessageException.class, decode::run).getMessage();
    }

    @Test
    void encodeThenDecodeKeepsEveryPart() {
        Message original = sample();

        Message decoded = codec.decode(codec.encode(original));

        assertEquals(2, decoded.identities().size());
        assertArrayEquals(bytes("client-1"), decoded.identities().get(0));
        assertArrayEquals(bytes("client-2"), decoded.identities().get(1));
        assertEquals(original.header(), decoded.header());
        assertEquals(original.parentHeader(), decoded.parentHeader());
        assertEquals(original.metadata(), decoded.metadata());
        assertEquals(original.content(), decoded.content());
        assertEquals(1, decoded.buffers().size());
        assertArrayEquals(new byte[] {0, 1, 2, (byte) 255}, decoded.buffers().get(0));
    }

    @Test
    void encodedFramesFollowTheWireLayout() {
        List<byte[]> frames = codec.encode(sample());

        assertEquals(2 + 1 + 5 + 1, frames.size());
        assertEquals("<IDS|MSG>", new String(frames.get(2), StandardCharsets.US_ASCII));
        assertEquals(signer.sign(frames.get(4), frames.get(5), frames.get(6), frames.get(7)),
                new String(frames.get(3), StandardCharsets.US_ASCII));
    }

    @Test
    void messageSignedWithAnotherKeyIsRejected() {
        List<byte[]> frames = new WireCodec(new MessageSigner("hmac-sha256", "wrong")).encode(sample());

        assertEquals("invalid HMAC signature", rejectionOf(() -> codec.decode(frames)));
    }

    @Test
    void tamperedContentIsRejected() {
        List<byte[]> frames = new ArrayList<>(codec.encode(sample()));
        frames.set(7, bytes("{\"code\":\"System.exit(0)\"}"));

        assertEquals("invalid HMAC signature", rejectionOf(() -> codec.decode(frames)));
    }

    @Test
    void missingDelimiterIsRejected() {
        List<byte[]> frames = List.of(bytes("id"), bytes("sig"), bytes("{}"), bytes("{}"), bytes("{}"), bytes("{}"));

        String reason = rejectionOf(() -> codec.decode(frames));

        assertTrue(reason.contains("no <IDS|MSG> delimiter"), reason);
        assertTrue(reason.contains("6 frames"), reason);
    }

    @Test
    void tooFewFramesAfterTheDelimiterAreRejected() {
        List<byte[]> frames = signedFrames("{}", "{}", "{}", "{}").subList(0, 5);

        assertEquals("expected 5 frames after the delimiter, got 3", rejectionOf(() -> codec.decode(frames)));
    }

    @Test
    void contentThatIsNotJsonIsRejectedNamingThePart() {
        List<byte[]> frames = signedFrames("{}", "{}", "{}", "not json at all");

        String reason = rejectionOf(() -> codec.decode(frames));

        assertTrue(reason.startsWith("content is not valid JSON"), reason);
    }

    @Test
    void headerThatIsJsonButNoObjectIsRejectedNamingThePart() {
        List<byte[]> frames = signedFrames("[1, 2]", "{}", "{}", "{}");

        assertEquals("header is not a JSON object", rejectionOf(() -> codec.decode(frames)));
    }

    @Test
    void brokenContentUnderAGoodHeaderCanBeAnsweredToItsSender() {
        List<byte[]> frames = signedFrames("{\"msg_type\": \"execute_request\", \"msg_id\": \"m-7\"}", "{}", "{}", "{broken");

        InvalidMessageException rejection = assertThrows(InvalidMessageException.class, () -> codec.decode(frames));

        Message envelope = rejection.answerable().orElseThrow();
        assertEquals("m-7", envelope.id());
        assertArrayEquals(bytes("id"), envelope.identities().get(0));
    }

    @Test
    void brokenHeaderCannotBeAnswered() {
        List<byte[]> frames = signedFrames("{broken", "{}", "{}", "{}");

        assertTrue(assertThrows(InvalidMessageException.class, () -> codec.decode(frames)).answerable().isEmpty());
    }
}
