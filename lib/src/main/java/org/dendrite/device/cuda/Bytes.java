package org.dendrite.device.cuda;

import java.util.Locale;

/** Memory sizes as people read them: {@code 512 B}, {@code 3.0 MiB}, {@code 79.1 GiB}. */
public final class Bytes {

    private Bytes() {
    }

    public static String format(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
