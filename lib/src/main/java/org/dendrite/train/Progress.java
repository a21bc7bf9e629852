package org.dendrite.train;

import org.dendrite.display.Display;

/**
 * Keeps time during a training run and reports it: a live line and chart in a notebook, a line
 * redrawn with {@code \r} on standard output elsewhere. Batches are reported at most every
 * {@link #INTERVAL_NANOS}, so reporting costs little however small the batches are.
 */
abstract class Progress {

    /** The least time between two reported batches: a quarter second. */
    static final long INTERVAL_NANOS = 250_000_000L;

    private final int epochs;
    private final int batches;
    private long runStart;
    private long epochStart;
    private long lastShown;

    Progress(int epochs, int batches) {
        this.epochs = epochs;
        this.batches = batches;
    }

    /** The progress report for where this code runs: the notebook's live display, or standard output. */
    static Progress create(boolean enabled, int epochs, int batches, String heldOutName) {
        if (!enabled) {
            return new Progress(epochs, batches) {
                @Override
                void show(ProgressLine line) {
                }

                @Override
                void epochDone(History history) {
                }

                @Override
                void end(History history) {
                }
            };
        }
        return Display.isNotebook() ? new NotebookProgress(epochs, batches, heldOutName) : new ConsoleProgress(epochs, batches, System.out);
    }

    /** Shows where the run is. */
    abstract void show(ProgressLine line);

    /** Shows the history after an epoch has finished (its last row is new). */
    abstract void epochDone(History history);

    /** Shows how the run ended. */
    abstract void end(History history);

    /** Notes the start of an epoch. */
    final void startEpoch(int epoch) {
        epochStart = System.nanoTime();
        if (epoch == 1) {
            runStart = epochStart;
        }
    }

    /** Reports batch {@code batch} of {@code epoch}, with the epoch's running totals, unless one was reported just now. */
    final void batchDone(int epoch, int batch, Metrics running) {
        long now = System.nanoTime();
        if (now - lastShown >= INTERVAL_NANOS) {
            lastShown = now;
            show(line(epoch, batch, running, now));
        }
    }

    /** The line for batch {@code batch} of {@code epoch} at time {@code now}. */
    ProgressLine line(int epoch, int batch, Metrics running, long now) {
        double epochSeconds = (now - epochStart) / 1e9;
        double runSeconds = (now - runStart) / 1e9;
        long done = (long) (epoch - 1) * batches + batch;
        long left = (long) epochs * batches - done;
        return new ProgressLine(epoch, epochs, batch, batches, running.loss(), running.accuracy(),
                running.count() / epochSeconds, done == 0 ? Double.NaN : runSeconds / done * left);
    }
}
