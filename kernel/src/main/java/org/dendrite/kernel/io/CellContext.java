package org.dendrite.kernel.io;

import org.dendrite.kernel.protocol.Message;

/**
 * Which request a thread's output belongs to. A cell's thread, and every thread it starts,
 * inherits the cell's request, so output printed by a background thread after its cell ended is
 * still attributed to that cell. Threads that no cell started write to the latest cell.
 */
public final class CellContext {

    private static final InheritableThreadLocal<Message> CURRENT = new InheritableThreadLocal<>();
    private static volatile Message latest;

    private CellContext() {
    }

    /** Marks the calling thread, and threads it will start, as working for {@code request}. */
    public static void enter(Message request) {
        CURRENT.set(request);
        latest = request;
    }

    /**
     * Runs {@code work} with its output going to {@code request} (when not null), then gives the
     * calling thread its own request back; the latest cell stays the latest.
     */
    public static void within(Message request, Runnable work) {
        Message own = CURRENT.get();
        if (request != null) {
            CURRENT.set(request);
        }
        try {
            work.run();
        } finally {
            CURRENT.set(own);
        }
    }

    /** The request the calling thread's output belongs to; null before the first cell. */
    public static Message current() {
        Message own = CURRENT.get();
        return own != null ? own : latest;
    }
}
