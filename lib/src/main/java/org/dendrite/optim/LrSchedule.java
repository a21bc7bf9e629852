package org.dendrite.optim;

/**
 * How the learning rate changes over training: the factor that multiplies the initial rate at
 * step t = 0, 1, 2, ... (one step per epoch, usually). The factories follow PyTorch's
 * {@code lr_scheduler} classes; schedules combine with {@link #then} (one after the other, as
 * {@code SequentialLR}) and {@link #times} (multiplied, as {@code ChainedScheduler}):
 *
 * <pre>{@code
 * LrSchedule schedule = LrSchedule.linearWarmup(3, 0.25).then(3, LrSchedule.cosine(20, 0));
 * LrScheduler scheduler = new LrScheduler(optimizer, schedule);   // scheduler.step() after each epoch
 * }</pre>
 */
@FunctionalInterface
public interface LrSchedule {

    /** The factor of the initial learning rate at step {@code t}, counted from 0. */
    double factor(int t);

    /** The same rate throughout. */
    static LrSchedule constant() {
        return t -> 1;
    }

    /** Multiplies the rate by {@code gamma} every {@code stepSize} steps: {@code γ^⌊t/stepSize⌋} (PyTorch's {@code StepLR}). */
    static LrSchedule step(int stepSize, double gamma) {
        if (stepSize < 1) {
            throw new IllegalArgumentException("step: the step size must be at least 1, got " + stepSize);
        }
        return t -> Math.pow(gamma, Math.floorDiv(t, stepSize));
    }

    /**
     * Half a cosine from 1 down to {@code minFactor} over {@code period} steps:
     * {@code min + (1 - min)(1 + cos(πt/period))/2} (PyTorch's {@code CosineAnnealingLR} with
     * {@code eta_min = minFactor × initial rate}; past the period it climbs back, as PyTorch's does).
     */
    static LrSchedule cosine(int period, double minFactor) {
        if (period < 1) {
            throw new IllegalArgumentException("cosine: the period must be at least 1 step, got " + period);
        }
        return t -> minFactor + (1 - minFactor) * (1 + Math.cos(Math.PI * t / period)) / 2;
    }

    /**
     * Grows linearly from {@code startFactor} to 1 over {@code steps} steps, then stays at 1
     * (PyTorch's {@code LinearLR} with {@code start_factor} and {@code total_iters}).
     */
    static LrSchedule linearWarmup(int steps, double startFactor) {
        if (steps < 1) {
            throw new IllegalArgumentException("linearWarmup: needs at least 1 step, got " + steps);
        }
        return t -> startFactor + (1 - startFactor) * Math.min(t, steps) / steps;
    }

    /** This schedule for the first {@code steps} steps, then {@code next}, started afresh at its step 0. */
    default LrSchedule then(int steps, LrSchedule next) {
        return t -> t < steps ? factor(t) : next.factor(t - steps);
    }

    /** Both schedules at once: the product of their factors. */
    default LrSchedule times(LrSchedule other) {
        return t -> factor(t) * other.factor(t);
    }
}
