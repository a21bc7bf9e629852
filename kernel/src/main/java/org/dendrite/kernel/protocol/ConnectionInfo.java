package org.dendrite.kernel.protocol;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The connection file Jupyter hands a kernel: where its five sockets listen and the signing key. */
public record ConnectionInfo(String transport, String ip, int shellPort, int iopubPort, int stdinPort,
                             int controlPort, int hbPort, String key, String signatureScheme) {

    /** Reads a connection file, naming the file and the missing field when it is malformed. */
    public static ConnectionInfo read(Path file) {
        try {
            return parse(JsonParser.parseString(Files.readString(file)).getAsJsonObject());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read connection file " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Malformed connection file " + file + ": " + e.getMessage(), e);
        }
    }

    static ConnectionInfo parse(JsonObject json) {
        return new ConnectionInfo(
                json.has("transport") ? json.get("transport").getAsString() : "tcp",
                required(json, "ip").getAsString(),
                required(json, "shell_port").getAsInt(),
                required(json, "iopub_port").getAsInt(),
                required(json, "stdin_port").getAsInt(),
                required(json, "control_port").getAsInt(),
                required(json, "hb_port").getAsInt(),
                json.has("key") ? json.get("key").getAsString() : "",
                json.has("signature_scheme") ? json.get("signature_scheme").getAsString() : "hmac-sha256");
    }

    private static com.google.gson.JsonElement required(JsonObject json, String field) {
        if (!json.has(field)) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        return json.get(field);
    }

    /** Names the addresses and the scheme but never the key, so that logging a connection cannot leak it. */
    @Override
    public String toString() {
        return "ConnectionInfo[" + address(shellPort) + ", iopub " + iopubPort + ", stdin " + stdinPort + ", control "
                + controlPort + ", hb " + hbPort + ", " + signatureScheme + (key.isEmpty() ? ", unsigned]" : ", key hidden]");
    }

    /** The ZeroMQ address of one port: {@code tcp://127.0.0.1:5555} or {@code ipc://path-5555}. */
    public String address(int port) {
        return "ipc".equals(transport) ? "ipc://" + ip + "-" + port : transport + "://" + ip + ":" + port;
    }
}
