package org.dendrite.nn;

import java.util.Arrays;
import org.dendrite.InputChecks;
import org.dendrite.tensor.Tensor;

/**
 * The class a classifier's outputs predict, read by one rule wherever outputs become classes
 * (training metrics, decision-boundary plots):
 * <ul>
 * <li>N x C scores, C &gt; 1: the class with the highest score;</li>
 * <li>one output per example that is a whole number from 0 at every example: that class (a
 *     classifier that returns labels);</li>
 * <li>one output per example otherwise: a sigmoid's probability of class 1, so class 1 where it is
 *     above 0.5. A model that ends in a raw score instead (class 1 where it is above 0) should end in
 *     {@link Sigmoid}, or return two scores.</li>
 * </ul>
 */
public final class Predictions {

    /** The threshold on a probability of class 1. */
    public static final double THRESHOLD = 0.5;

    private Predictions() {
    }

    /** The predicted class of each of the {@code outputs}' first-dimension rows. */
    public static int[] classes(Tensor outputs) {
        if (outputs == null || outputs.dim() == 0 || outputs.numel() == 0) {
            throw new IllegalArgumentException("outputs must hold one row per example, got "
                    + (outputs == null ? "null" : "shape " + Arrays.toString(outputs.shape())));
        }
        int n = outputs.size(0);
        if (outputs.numel() != n) {
            return toInts(outputs.reshape(n, -1).argmax(1).toDoubleArray());
        }
        double[] values = InputChecks.requireFinite("classifier output", outputs.toDoubleArray());
        boolean labels = Arrays.stream(values).allMatch(v -> v >= 0 && v == Math.rint(v));
        return Arrays.stream(values).mapToInt(v -> labels ? (int) v : (v > THRESHOLD ? 1 : 0)).toArray();
    }

    /** The share of examples whose predicted class (from {@code outputs}) is their label (class indices). */
    public static double accuracy(Tensor outputs, Tensor labels) {
        int[] truth = InputChecks.requireLabels("labels", labels);
        int[] predicted = classes(outputs);
        InputChecks.requireSameCount("labels", truth.length, "outputs", predicted.length);
        long right = 0;
        for (int i = 0; i < truth.length; i++) {
            right += truth[i] == predicted[i] ? 1 : 0;
        }
        return (double) right / truth.length;
    }

    private static int[] toInts(double[] values) {
        return Arrays.stream(values).mapToInt(v -> (int) v).toArray();
    }
}
