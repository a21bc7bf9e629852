package org.dendrite.kernel.magic;

import java.util.Arrays;
import java.util.Locale;

/**
 * What {@code %timeit} measured: the mean and standard deviation of the time per loop over
 * {@code runs} runs of {@code loops} loops, written as IPython writes it.
 */
public record TimeitResult(double mean, double std, int runs, int loops) {

    /** The result of runs whose times per loop, in seconds, are {@code perLoop}. */
    static TimeitResult of(double[] perLoop, int loops) {
        double mean = Arrays.stream(perLoop).average().orElseThrow();
        double variance = Arrays.stream(perLoop).map(t -> (t - mean) * (t - mean)).sum() / perLoop.length;
        return new TimeitResult(mean, Math.sqrt(variance), perLoop.length, loops);
    }

    /** {@code 1.23 µs ± 45.6 ns per loop (mean ± std. dev. of 7 runs, 100,000 loops each)}. */
    @Override
    public String toString() {
        return Durations.format(mean) + " ± " + Durations.format(std) + " per loop (mean ± std. dev. of " + runs
                + (runs == 1 ? " run, " : " runs, ") + String.format(Locale.ROOT, "%,d", loops)
                + (loops == 1 ? " loop each)" : " loops each)");
    }
}
