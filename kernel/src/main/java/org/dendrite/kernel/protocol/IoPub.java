package org.dendrite.kernel.protocol;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * The one thread that sends on the IOPub socket. Any thread may {@link #publish} (a cell, a
 * user's thread, the stream flusher); messages leave in the order they were published.
 */
public final class IoPub {

    private final BlockingQueue<Message> queue = new LinkedBlockingQueue<>();
    private long published;
    private long sent;

    /** Starts the sender thread, which hands each message to {@code send}. */
    public IoPub(Consumer<Message> send) {
        Thread sender = new Thread(() -> {
            try {
                while (true) {
                    send.accept(queue.take());
                    synchronized (this) {
                        sent++;
                        notifyAll();
                    }
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }, "dendrite-iopub");
        sender.setDaemon(true);
        sender.start();
    }

    /** Queues a message for IOPub. */
    public void publish(Message message) {
        synchronized (this) {
            published++;
        }
        queue.add(message);
    }

    /** Waits until every message published so far has been sent, at most {@code millis}. */
    public synchronized void drain(long millis) throws InterruptedException {
        long target = published;
        long deadline = System.currentTimeMillis() + millis;
        for (long left = millis; sent < target && left > 0; left = deadline - System.currentTimeMillis()) {
            wait(left);
        }
    }
}
