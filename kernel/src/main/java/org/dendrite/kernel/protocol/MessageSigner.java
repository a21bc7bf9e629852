package org.dendrite.kernel.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks messages with the connection file's key (HMAC over header, parent header,
 * metadata and content). An empty key turns signing off, as the protocol specifies.
 */
public final class MessageSigner {

    private final SecretKeySpec key;
    private final String algorithm;

    /** A signer for a scheme such as {@code hmac-sha256}. */
    public MessageSigner(String scheme, String key) {
        if (!scheme.startsWith("hmac-")) {
            throw new IllegalArgumentException("Unsupported signature scheme '" + scheme + "': expected hmac-<digest>");
        }
        this.algorithm = "Hmac" + scheme.substring("hmac-".length()).toUpperCase().replace("-", "");
        this.key = key.isEmpty() ? null : new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm);
        if (this.key != null) {
            newMac();
        }
    }

    /** The hex signature of the four JSON frames; empty when signing is off. */
    public String sign(byte[] header, byte[] parentHeader, byte[] metadata, byte[] content) {
        if (key == null) {
            return "";
        }
        Mac mac = newMac();
        mac.update(header);
        mac.update(parentHeader);
        mac.update(metadata);
        mac.update(content);
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** Whether {@code signature} is right for the frames, compared in constant time. */
    public boolean verify(String signature, byte[] header, byte[] parentHeader, byte[] metadata, byte[] content) {
        String expected = sign(header, parentHeader, metadata, content);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Signature algorithm " + algorithm + " is not available", e);
        }
    }
}
