package org.dendrite.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionInfoTest {

    private static final String PORTS = """
            "shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005""";

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("kernel-1234.json"), json);
    }

    @Test
    void readsEveryFieldOfAConnectionFile() throws IOException {
        Path file = write("{\"transport\": \"tcp\", \"ip\": \"127.0.0.1\", " + PORTS
                + ", \"key\": \"secret\", \"signature_scheme\": \"hmac-sha512\"}");

        ConnectionInfo info = ConnectionInfo.read(file);

        assertEquals(new ConnectionInfo("tcp", "127.0.0.1", 5001, 5002, 5003, 5004, 5005, "secret", "hmac-sha512"), info);
    }

    @Test
    void absentTransportKeyAndSchemeDefaultToUnsignedTcpHmacSha256() throws IOException {
        ConnectionInfo info = ConnectionInfo.read(write("{\"ip\": \"127.0.0.1\", " + PORTS + "}"));

        assertEquals("tcp", info.transport());
        assertEquals("", info.key());
        assertEquals("hmac-sha256", info.signatureScheme());
    }

    @Test
    void tcpAddressJoinsIpAndPortWithColon() throws IOException {
        ConnectionInfo info = ConnectionInfo.read(write("{\"transport\": \"tcp\", \"ip\": \"127.0.0.1\", " + PORTS + "}"));

        assertEquals("tcp://127.0.0.1:5001", info.address(info.shellPort()));
    }

    @Test
    void ipcAddressJoinsPathAndPortWithDash() throws IOException {
        ConnectionInfo info = ConnectionInfo.read(write("{\"transport\": \"ipc\", \"ip\": \"/tmp/kernel-ab\", " + PORTS + "}"));

        assertEquals("ipc:///tmp/kernel-ab-5005", info.address(info.hbPort()));
    }

    @Test
    void missingFieldIsNamedWithTheFile() throws IOException {
        Path file = write("{\"ip\": \"127.0.0.1\", " + PORTS.replace("\"control_port\": 5004, ", "") + "}");

        String message = assertThrows(IllegalArgumentException.class, () -> ConnectionInfo.read(file)).getMessage();

        assertTrue(message.contains("\"control_port\""), message);
        assertTrue(message.contains(file.toString()), message);
    }

    @Test
    void unreadableFileIsNamed() {
        Path missing = dir.resolve("absent.json");

        String message = assertThrows(java.io.UncheckedIOException.class, () -> ConnectionInfo.read(missing)).getMessage();

        assertTrue(message.contains(missing.toString()), message);
    }

    @Test
    void toStringNamesTheAddressButNeverTheKey() {
        ConnectionInfo info = new ConnectionInfo("tcp", "127.0.0.1", 5001, 5002, 5003, 5004, 5005, "s3cret-key", "hmac-sha256");

        String text = info.toString();

        assertTrue(text.contains("tcp://127.0.0.1:5001"), text);
        assertTrue(!text.contains("s3cret-key"), text);
    }
}
