package org.dendrite.optim;

import java.util.Objects;

/**
 * Applies an {@link LrSchedule} to an optimizer: at creation it sets the rate for step 0, and
 * each {@link #step()} (after an epoch, usually) sets the next one, as PyTorch's schedulers do.
 */
public final class LrScheduler {

    private final Optimizer optimizer;
    private final LrSchedule schedule;
    private final double initialRate;
    private int t;

    /** Schedules {@code optimizer}'s learning rate, taking its current rate as the initial one. */
    public LrScheduler(Optimizer optimizer, LrSchedule schedule) {
        this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.initialRate = optimizer.learningRate();
        apply();
    }

    /** Moves to the next step of the schedule and sets the optimizer's learning rate. */
    public void step() {
        t++;
        apply();
    }

    /** How many times {@link #step()} was called. */
    public int stepCount() {
        return t;
    }

    /** The learning rate the optimizer now has. */
    public double learningRate() {
        return optimizer.learningRate();
    }

    private void apply() {
        double factor = schedule.factor(t);
        if (!(factor >= 0) || Double.isInfinite(factor)) {
            throw new IllegalStateException("LrScheduler: the schedule gave the factor " + factor + " at step " + t
                    + "; a learning rate must be a number >= 0");
        }
        optimizer.setLearningRate(initialRate * factor);
    }
}
