package org.dendrite.kernel.magic;

import java.math.BigDecimal;
import java.math.MathContext;

/** Durations as IPython writes them: three significant digits in s, ms, µs or ns. */
final class Durations {

    private Durations() {
    }

    /** {@code 1.23 ms}, {@code 45.6 µs}, {@code 2 s}. */
    static String format(double seconds) {
        String[] units = {"s", "ms", "µs", "ns"};
        double value = seconds;
        int unit = 0;
        while (unit < units.length - 1 && Math.abs(value) < 1 && value != 0) {
            value *= 1000;
            unit++;
        }
        String digits = new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
        return digits + " " + units[unit];
    }
}
