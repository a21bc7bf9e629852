package org.dendrite;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;

/**
 * Assertions for notebook cells that check a computed number against the one on a slide.
 * Unlike Java's {@code assert}, they are always on; a failure throws an {@link AssertionError}
 * that names the quantity, the expected and the computed value.
 *
 * <pre>{@code
 * Check.matchesSlide("SVM loss", loss.item(), 5.27);   // |5.2666... - 5.27| <= 0.005
 * Check.near("df/dx", x.grad(), -4, 1e-12);
 * }</pre>
 */
public final class Check {

    private Check() {
    }

    /**
     * Checks that {@code actual}, rounded as the slide rounds {@code shown} (to as many decimals
     * as it is written with), equals it: {@code 2.04} accepts 2.035 to 2.045.
     */
    public static void matchesSlide(String what, double actual, double shown) {
        int decimals = Math.max(0, new BigDecimal(Double.toString(shown)).stripTrailingZeros().scale());
        if (!(Math.abs(actual - shown) <= 0.5 * Math.pow(10, -decimals) + 1e-12)) {
            throw new AssertionError(String.format(Locale.ROOT, "%s: the slide shows %s but computed %s",
                    what, BigDecimal.valueOf(shown).stripTrailingZeros().toPlainString(), actual));
        }
    }

    /** Checks each of {@code actual} against {@code shown} as {@link #matchesSlide(String, double, double)}. */
    public static void matchesSlide(String what, double[] actual, double... shown) {
        if (actual.length != shown.length) {
            throw new AssertionError(what + ": expected " + shown.length + " values " + Arrays.toString(shown)
                    + " but computed " + actual.length + " " + Arrays.toString(actual));
        }
        for (int i = 0; i < shown.length; i++) {
            matchesSlide(what + "[" + i + "]", actual[i], shown[i]);
        }
    }

    /** Checks that {@code |actual - expected| <= tolerance}. */
    public static void near(String what, double actual, double expected, double tolerance) {
        if (!(Math.abs(actual - expected) <= tolerance)) {
            throw new AssertionError(String.format(Locale.ROOT, "%s: expected %s (within %s) but computed %s",
                    what, expected, tolerance, actual));
        }
    }

    /** Checks that {@code condition} holds; {@code what} says what it means. */
    public static void that(String what, boolean condition) {
        if (!condition) {
            throw new AssertionError("expected: " + what);
        }
    }
}
