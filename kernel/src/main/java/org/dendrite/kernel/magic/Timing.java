package org.dendrite.kernel.magic;

import java.util.function.Supplier;

/**
 * The measuring loop of {@code %timeit}, called from the cell that the magic writes so that an
 * interrupt stops it like any cell. It warms the code up first, picks a loop count that takes
 * at least {@value #TARGET_SECONDS} s per run (1, 2, 5, 10, 20, 50... loops) unless one is given,
 * then times {@code repeats} runs. Public only because cells call it.
 */
public final class Timing {

    static final double TARGET_SECONDS = 0.2;
    private static final double WARM_UP_SECONDS = 0.1;

    private Timing() {
    }

    /** Times {@code body}; {@code loops} 0 picks the loop count. */
    public static TimeitResult timeit(int loops, int repeats, Runnable body) {
        if (repeats < 1 || loops < 0) {
            throw new IllegalArgumentException("%timeit needs at least 1 run and 0 or more loops, got -r " + repeats
                    + " -n " + loops);
        }
        long warmUpEnd = System.nanoTime() + (long) (WARM_UP_SECONDS * 1e9);
        do {
            body.run();
        } while (System.nanoTime() < warmUpEnd);
        int count = loops > 0 ? loops : loopCount(body);
        double[] perLoop = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            perLoop[r] = seconds(body, count) / count;
        }
        return TimeitResult.of(perLoop, count);
    }

    /** Times an expression; its value is computed and dropped on every loop. */
    public static TimeitResult timeit(int loops, int repeats, Supplier<?> body) {
        return timeit(loops, repeats, (Runnable) body::get);
    }

    private static int loopCount(Runnable body) {
        for (int scale = 1; ; scale *= 10) {
            for (int factor : new int[] {1, 2, 5}) {
                int loops = scale * factor;
                if (seconds(body, loops) >= TARGET_SECONDS || loops >= 1_000_000_000 / 5) {
                    return loops;
                }
            }
        }
    }

    private static double seconds(Runnable body, int loops) {
        long start = System.nanoTime();
        for (int i = 0; i < loops; i++) {
            body.run();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
