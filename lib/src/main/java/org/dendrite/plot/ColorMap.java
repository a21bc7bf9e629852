package org.dendrite.plot;

import java.awt.Color;

/**
 * Maps a number in [0, 1] to a colour: {@link #VIRIDIS} for magnitudes (loss surfaces, counts),
 * {@link #GREYS} for images (0 black, 1 white), {@link #DIVERGING} for signed values such as
 * weights and kernels (negative blue, zero white, positive red) and {@link #LIGHT_BLUES} for
 * cells that have their number written on them.
 */
public enum ColorMap {

    /** matplotlib's perceptually uniform dark-violet to yellow map. */
    VIRIDIS(0x440154, 0x482475, 0x414487, 0x355f8d, 0x2a788e, 0x21918c, 0x22a884, 0x44bf70, 0x7ad151, 0xbddf26, 0xfde725),
    /** Black to white. */
    GREYS(0x000000, 0xffffff),
    /** Blue through white to red ("RdBu" reversed); 0.5 is white. */
    DIVERGING(0x2166ac, 0x67a9cf, 0xd1e5f0, 0xf7f7f7, 0xfddbc7, 0xef8a62, 0xb2182b),
    /** Very light blue to a blue light enough that dark numbers stay readable on every cell. */
    LIGHT_BLUES(0xf7fbff, 0x9ecae1);

    private static final int TABLE_SIZE = 256;
    private final int[] table = new int[TABLE_SIZE];

    ColorMap(int... stops) {
        for (int i = 0; i < TABLE_SIZE; i++) {
            double position = (double) i / (TABLE_SIZE - 1) * (stops.length - 1);
            int low = Math.min((int) position, stops.length - 2);
            table[i] = interpolate(stops[low], stops[low + 1], position - low);
        }
    }

    /** The colour at {@code t}, clamped to [0, 1]; NaN gives transparent. */
    public Color at(double t) {
        return new Color(argb(t), true);
    }

    /** The colour at {@code t} as an ARGB int for {@link java.awt.image.BufferedImage#setRGB}. */
    public int argb(double t) {
        if (Double.isNaN(t)) {
            return 0;
        }
        double clamped = Math.max(0, Math.min(1, t));
        return 0xff000000 | table[(int) Math.round(clamped * (TABLE_SIZE - 1))];
    }

    private static int interpolate(int from, int to, double f) {
        int r = channel(from >> 16, to >> 16, f);
        int g = channel(from >> 8, to >> 8, f);
        int b = channel(from, to, f);
        return (r << 16) | (g << 8) | b;
    }

    private static int channel(int from, int to, double f) {
        int a = from & 0xff;
        int b = to & 0xff;
        return (int) Math.round(a + (b - a) * f);
    }
}
