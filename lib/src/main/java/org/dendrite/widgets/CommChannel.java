package org.dendrite.widgets;

import java.util.Map;

/**
 * How widgets reach the front-end: Jupyter comms, opened, written to and closed by the kernel,
 * which installs its channel with {@link Comms#setChannel}. Message data are JSON-like values:
 * maps, lists, strings, numbers, booleans and null.
 */
public interface CommChannel {

    /** Outside a kernel: nothing is sent, and work asked for {@link #later} runs at once. */
    CommChannel NONE = new CommChannel() {
        @Override
        public void open(String commId, String targetName, Map<String, Object> data, Map<String, Object> metadata) {
        }

        @Override
        public void send(String commId, Map<String, Object> data) {
        }

        @Override
        public void close(String commId) {
        }

        @Override
        public void later(Runnable task) {
            task.run();
        }

        @Override
        public String currentMessageId() {
            return "";
        }
    };

    /** Opens the comm {@code commId} to the front-end's {@code targetName} with its first data. */
    void open(String commId, String targetName, Map<String, Object> data, Map<String, Object> metadata);

    /** Sends a message on an open comm. */
    void send(String commId, Map<String, Object> data);

    /** Closes the comm. */
    void close(String commId);

    /**
     * Runs {@code task} on the thread that runs widget callbacks, after the front-end messages
     * already received: a re-run asked for while messages are queued sees their values.
     */
    void later(Runnable task);

    /** The id of the message whose output is being made now (a cell's request), or "" when none. */
    String currentMessageId();
}
