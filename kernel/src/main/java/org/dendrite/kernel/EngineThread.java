package org.dendrite.kernel;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dendrite.kernel.engine.JShellEngine;

/**
 * The one thread that owns the cell engine. It builds the engine as soon as the kernel starts
 * (so the first reply does not wait for it), runs requests in order, and, while no request has
 * come for a moment, lets the engine warm up (compile throw-away cells, tell JShell the cells'
 * declarations) so that javac is warm for the first cells and completion for the next.
 */
final class EngineThread {

    private static final long IDLE_MS = 50;
    private static final int WARM_UP_CELLS = 150;

    private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private volatile JShellEngine engine;
    private volatile RuntimeException startFailure;

    EngineThread(Supplier<JShellEngine> factory) {
        Thread thread = new Thread(() -> run(factory), "dendrite-engine");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Supplier<JShellEngine> factory) {
        try {
            engine = factory.get();
        } catch (RuntimeException e) {
            startFailure = e;
        }
        int warmUpLeft = WARM_UP_CELLS;
        while (true) {
            try {
                Runnable task = engine != null ? tasks.poll(IDLE_MS, TimeUnit.MILLISECONDS) : tasks.take();
                if (task != null) {
                    task.run();
                } else if (!engine.tellShellDeclarations() && warmUpLeft > 0) {
                    engine.warmUp();
                    warmUpLeft--;
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Runs {@code work} on the engine thread and waits for its result. */
    <T> T call(Function<JShellEngine, T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        tasks.add(() -> {
            try {
                if (startFailure != null) {
                    throw new IllegalStateException("The Java shell could not start: " + startFailure.getMessage(), startFailure);
                }
                result.complete(work.apply(engine));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.join();
    }

    /** Queues {@code work} to run on the engine thread before later requests; does not wait. */
    void submit(Consumer<JShellEngine> work) {
        tasks.add(() -> {
            if (startFailure == null) {
                work.accept(engine);
            }
        });
    }

    /**
     * Queues {@code work} after the requests already queued, with the engine (null if it could
     * not start); does not wait. What {@code work} throws is logged, and the thread goes on.
     */
    void later(Consumer<JShellEngine> work) {
        tasks.add(() -> {
            try {
                work.accept(engine);
            } catch (RuntimeException | Error e) {
                Log.warn("Work queued for the engine failed", e);
            }
        });
    }

    /** Stops the running cell; callable from any thread. */
    void interrupt() {
        JShellEngine running = engine;
        if (running != null) {
            running.interrupt();
        }
    }
}
