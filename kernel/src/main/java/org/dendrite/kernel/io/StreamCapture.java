package org.dendrite.kernel.io;

import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.dendrite.kernel.protocol.IoPub;
import org.dendrite.kernel.protocol.Message;
import org.dendrite.kernel.protocol.MessageFactory;

/**
 * {@code System.out} or {@code System.err} of the cells: bytes are buffered and sent to IOPub as
 * {@code stream} messages by {@link #publish()} (called by a timer and at the end of each cell),
 * so many prints make few messages. Text is sent on whole UTF-8 characters only. A cell may send
 * {@link #DEFAULT_LIMIT_BYTES} per stream; beyond that its output is dropped with a notice, and
 * the end of the cell says how much was dropped.
 */
public final class StreamCapture extends OutputStream {

    /** How many bytes one cell may print on one stream before the rest is dropped. */
    public static final long DEFAULT_LIMIT_BYTES = 2L << 20;
    private static final int PUBLISH_AT_BYTES = 64 * 1024;

    private final String name;
    private final IoPub iopub;
    private final MessageFactory messages;
    private final OutputBudget budget;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private Message bufferParent;

    /** A capture for the stream {@code name} ({@code stdout} or {@code stderr}). */
    public StreamCapture(String name, IoPub iopub, MessageFactory messages) {
        this(name, iopub, messages, DEFAULT_LIMIT_BYTES);
    }

    /** A capture that lets each cell send at most {@code limitBytes}. */
    public StreamCapture(String name, IoPub iopub, MessageFactory messages, long limitBytes) {
        this.name = name;
        this.iopub = iopub;
        this.messages = messages;
        this.budget = new OutputBudget(limitBytes);
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
        OutputBudget.Spending spending = budget.of(idOf(parent));
        boolean firstDrop = spending.dropped() == 0;
        int allowed = budget.spend(spending, length);
        if (allowed < length) {
            allowed = wholeCharacters(Arrays.copyOfRange(bytes, offset, offset + allowed));
        }
        buffer.write(bytes, offset, allowed);
        if (allowed < length && firstDrop) {
            buffer.writeBytes(("\n[Dendrite: this cell printed more than " + readable(budget.limit()) + " on " + name
                    + "; the rest is dropped so that the notebook stays responsive. Write large output to a file.]\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (buffer.size() >= PUBLISH_AT_BYTES) {
            publish();
        }
    }

    /** Sends what is buffered, then, if the cell of {@code request} printed too much, how much was dropped. */
    public synchronized void endCell(Message request) {
        publish();
        long dropped = budget.of(idOf(request)).dropped();
        if (dropped > 0) {
            JsonObject content = new JsonObject();
            content.addProperty("name", name);
            content.addProperty("text", "[Dendrite: " + readable(dropped) + " of " + name + " output dropped.]\n");
            iopub.publish(messages.broadcast(request, "stream", content));
        }
    }

    private static String idOf(Message request) {
        return request == null ? "" : request.id();
    }

    /** {@code 1000 bytes}, {@code 976.6 KB}, {@code 95.4 MB}. */
    private static String readable(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        return bytes < 1 << 20 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20));
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
