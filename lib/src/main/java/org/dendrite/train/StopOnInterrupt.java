package org.dendrite.train;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.dendrite.device.Device;

/**
 * Runs a training run on a thread of its own so that an interrupt ends it between two batches.
 * A notebook interrupts the cell's thread: JShell stops it on Java 17 (a {@code ThreadDeath} at
 * whatever line it runs), other callers use {@link Thread#interrupt()}. Either one reaches only
 * the waiting caller, which asks the run to stop and waits until it has finished its batch, so
 * the weights are never left half-updated and the history so far is kept.
 */
final class StopOnInterrupt {

    private StopOnInterrupt() {
    }

    /** Runs {@code work}, which should end soon after its argument turns true, and waits for it. */
    static void run(Consumer<BooleanSupplier> work) {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Device device = Device.current();
        // Outside the caller's thread group: JShell stops every thread of the cell's group.
        Thread worker = new Thread(rootGroup(), () -> {
            try (Device.Scope on = device.use()) {
                work.accept(stop::get);
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "dendrite-training");
        worker.setDaemon(true);
        worker.start();
        boolean interrupted = false;
        while (worker.isAlive()) {
            try {
                worker.join();
            } catch (InterruptedException | ThreadDeath e) {
                stop.set(true);
                interrupted |= e instanceof InterruptedException;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    private static ThreadGroup rootGroup() {
        ThreadGroup group = Thread.currentThread().getThreadGroup();
        while (group.getParent() != null) {
            group = group.getParent();
        }
        return group;
    }
}
