package org.dendrite.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TimingTest {

    @Test
    void durationsHaveThreeSignificantDigitsInTheRightUnit() {
        assertEquals("1.23 ms", Durations.format(0.0012345));
        assertEquals("12.5 s", Durations.format(12.5));
        assertEquals("45.6 ns", Durations.format(4.56e-8));
        assertEquals("2 µs", Durations.format(2e-6));
    }

    @Test
    void resultReadsLikeIPython() {
        TimeitResult result = TimeitResult.of(new double[] {1e-6, 3e-6}, 1000);

        assertEquals("2 µs ± 1 µs per loop (mean ± std. dev. of 2 runs, 1,000 loops each)", result.toString());
    }

    @Test
    void givenLoopCountRunsThatManyLoopsPerRunAfterTheWarmUp() {
        AtomicInteger calls = new AtomicInteger();

        TimeitResult result = Timing.timeit(50, 3, (Runnable) calls::incrementAndGet);

        assertEquals(3, result.runs());
        assertEquals(50, result.loops());
        assertTrue(calls.get() > 150, "warm-up calls come on top: " + calls.get());
    }

    @Test
    void automaticLoopCountStopsAtTheFirstCountThatLastsTheTarget() {
        Runnable oneMillisecond = () -> {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };

        TimeitResult result = Timing.timeit(0, 2, oneMillisecond);

        assertTrue(List.of(1, 2, 5, 10, 20, 50, 100, 200).contains(result.loops()), result::toString);
        assertTrue(result.mean() >= 0.001, result::toString);
    }

    @Test
    void noRunsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Timing.timeit(1, 0, () -> { }));
    }
}
