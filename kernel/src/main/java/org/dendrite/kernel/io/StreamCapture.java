package org.dendrite.kernel.io;

import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.dendrite.kernel.protocol.IoPub;
import org.dendrite.kernel.protocol.Message;
import org.dendrite.kernel.protocol.MessageFactory;

/**
 * {@code System.out} or {@code System.err} of the cells: bytes are buffered and sent to IOPub as
 * {@code stream} messages by {@link #publish()} (called by a timer and at the end of each cell),
 * so many prints make few messages. Text is sent on whole UTF-8 characters only.
 */
public final class StreamCapture extends OutputStream {

    private static final int PUBLISH_AT_BYTES = 64 * 1024;

    private final String name;
    private final IoPub iopub;
    private final MessageFactory messages;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private Message bufferParent;

    /** A capture for the stream {@code name} ({@code stdout} or {@code stderr}). */
    public StreamCapture(String name, IoPub iopub, MessageFactory messages) {
        this.name = name;
        this.iopub = iopub;
        this.messages = messages;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        Message parent = CellContext.current();
        if (parent != bufferParent) {
            publish();
            bufferParent = parent;
        }
        buffer.write(bytes, offset, length);
        if (buffer.size() >= PUBLISH_AT_BYTES) {
            publish();
        }
    }

    /** Does nothing: {@code println} flushes, and sending a message per line is what we avoid. */
    @Override
    public void flush() {
    }

    /** Sends what is buffered, up to the last whole character, as one {@code stream} message. */
    public synchronized void publish() {
        byte[] bytes = buffer.toByteArray();
        int end = wholeCharacters(bytes);
        if (end == 0) {
            return;
        }
        buffer.reset();
        buffer.write(bytes, end, bytes.length - end);
        JsonObject content = new JsonObject();
        content.addProperty("name", name);
        content.addProperty("text", new String(Arrays.copyOf(bytes, end), StandardCharsets.UTF_8));
        iopub.publish(messages.broadcast(bufferParent, "stream", content));
    }

    /** The length of the longest prefix that does not end inside a UTF-8 sequence. */
    static int wholeCharacters(byte[] bytes) {
        int n = bytes.length;
        for (int back = 1; back <= Math.min(3, n); back++) {
            int b = bytes[n - back] & 0xFF;
            if ((b & 0xC0) == 0x80) {
                continue;
            }
            int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? n - back : n;
        }
        return n;
    }
}
