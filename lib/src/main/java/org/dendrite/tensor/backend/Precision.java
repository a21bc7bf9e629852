package org.dendrite.tensor.backend;

/** Copies of values between float32 and float64 arrays, as the backends move them in and out. */
public final class Precision {

    private Precision() {
    }

    /** {@code values} rounded to float32. */
    public static float[] narrow(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    /** {@code values} as float64 (exactly). */
    public static double[] widen(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
