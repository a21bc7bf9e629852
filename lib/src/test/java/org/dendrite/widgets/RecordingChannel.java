package org.dendrite.widgets;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/** A front-end stand-in: records what widgets send and queues the work they ask to run later. */
final class RecordingChannel implements CommChannel {

    /** One comm message: its kind (open, send, close), comm id and data. */
    record Sent(String kind, String commId, Map<String, Object> data) {
    }

    final List<Sent> sent = new ArrayList<>();
    final Queue<Runnable> later = new ArrayDeque<>();
    String messageId = "";

    @Override
    public void open(String commId, String targetName, Map<String, Object> data, Map<String, Object> metadata) {
        sent.add(new Sent("open", commId, data));
    }

    @Override
    public void send(String commId, Map<String, Object> data) {
        sent.add(new Sent("send", commId, data));
    }

    @Override
    public void close(String commId) {
        sent.add(new Sent("close", commId, Map.of()));
    }

    @Override
    public void later(Runnable task) {
        later.add(task);
    }

    @Override
    public String currentMessageId() {
        return messageId;
    }

    /** Runs the queued work, including work queued while running it. */
    void runLater() {
        while (!later.isEmpty()) {
            later.poll().run();
        }
    }

    /** The data of the last message sent on a comm. */
    Map<String, Object> last() {
        return sent.get(sent.size() - 1).data();
    }
}
