package org.dendrite.widgets;

/** Checks of the values that the front-end sends, which arrive as JSON numbers, strings and booleans. */
final class Attributes {

    private Attributes() {
    }

    /** A JSON number, as a double. */
    static double number(String what, Object received) {
        if (!(received instanceof Number number) || Double.isNaN(number.doubleValue())) {
            throw new IllegalArgumentException(what + " must be a number, got " + describe(received));
        }
        return number.doubleValue();
    }

    /** A JSON number without a fractional part, as an int. */
    static int integer(String what, Object received) {
        double value = number(what, received);
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(what + " must be a whole number, got " + received);
        }
        return (int) value;
    }

    /** A JSON boolean. */
    static boolean bool(String what, Object received) {
        if (!(received instanceof Boolean value)) {
            throw new IllegalArgumentException(what + " must be true or false, got " + describe(received));
        }
        return value;
    }

    /** A JSON string. */
    static String string(String what, Object received) {
        if (!(received instanceof String value)) {
            throw new IllegalArgumentException(what + " must be a string, got " + describe(received));
        }
        return value;
    }

    /** Checks that {@code min <= value <= max}. */
    static <T extends Comparable<T>> T inRange(String what, T value, T min, T max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    private static String describe(Object received) {
        return received instanceof String ? "\"" + received + "\"" : String.valueOf(received);
    }
}
