package org.dendrite.plot;

import java.math.BigDecimal;
import java.math.MathContext;

/** Short labels for numbers on axes and colour bars: at most three significant digits. */
final class NumberLabels {

    private NumberLabels() {
    }

    /** Plain notation such as {@code 2}, {@code 0.25}, {@code 1230}; scientific below 1e-4 and from 1e6. */
    static String format(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : String.valueOf(value);
        }
        if (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-4) {
            return String.format("%.2e", value);
        }
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
