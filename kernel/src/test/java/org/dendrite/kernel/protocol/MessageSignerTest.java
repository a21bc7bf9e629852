package org.dendrite.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MessageSignerTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 4231 test case 2, with its data split over the four signed frames. */
    private static String signRfc4231Data(MessageSigner signer) {
        return signer.sign(bytes("what do "), bytes("ya want "), bytes("for "), bytes("nothing?"));
    }

    @Test
    void signatureIsHmacSha256HexOfTheFourFramesConcatenated() {
        MessageSigner signer = new MessageSigner("hmac-sha256", "Jefe");

        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", signRfc4231Data(signer));
    }

    @Test
    void rightSignatureIsAccepted() {
        MessageSigner signer = new MessageSigner("hmac-sha256", "Jefe");

        assertTrue(signer.verify("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                bytes("what do "), bytes("ya want "), bytes("for "), bytes("nothing?")));
    }

    @Test
    void wrongSignatureIsRejected() {
        MessageSigner signer = new MessageSigner("hmac-sha256", "Jefe");
        String signature = signRfc4231Data(new MessageSigner("hmac-sha256", "other key"));

        assertFalse(signer.verify(signature, bytes("what do "), bytes("ya want "), bytes("for "), bytes("nothing?")));
    }

    @Test
    void emptyKeySignsWithEmptyStringAndAcceptsOnlyThat() {
        MessageSigner signer = new MessageSigner("hmac-sha256", "");

        assertEquals("", signRfc4231Data(signer));
        assertTrue(signer.verify("", bytes("{}"), bytes("{}"), bytes("{}"), bytes("{}")));
        assertFalse(signer.verify("abc123", bytes("{}"), bytes("{}"), bytes("{}"), bytes("{}")));
    }

    @Test
    void schemeOtherThanHmacIsRefusedWithItsName() {
        var error = assertThrows(IllegalArgumentException.class, () -> new MessageSigner("sha256", "key"));

        assertTrue(error.getMessage().contains("'sha256'"), error.getMessage());
    }
}
