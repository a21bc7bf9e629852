package org.dendrite;

import java.util.Arrays;
import org.dendrite.tensor.Tensor;

/**
 * Checks on the data handed to the library (plots, embeddings, predictions), with messages that
 * name the argument and say what was expected and what was found.
 */
public final class InputChecks {

    private InputChecks() {
    }

    /** Rejects null, empty tensors and NaN or infinite values. */
    public static Tensor requireData(String argument, Tensor values) {
        if (values == null) {
            throw new IllegalArgumentException(argument + " is null");
        }
        if (values.numel() == 0) {
            throw new IllegalArgumentException(argument + " is empty (shape " + Arrays.toString(values.shape()) + ")");
        }
        requireFinite(argument, values.toDoubleArray());
        return values;
    }

    /** Rejects NaN or infinite values, naming the first one's position. */
    public static double[] requireFinite(String argument, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(argument + " holds " + values[i] + " at flat index " + i
                        + "; only finite values can be plotted or embedded");
            }
        }
        return values;
    }

    /** Requires a matrix of {@code columns} columns (any number when {@code columns} is -1) and at least one row. */
    public static Tensor requireMatrix(String argument, Tensor values, int columns) {
        requireData(argument, values);
        if (values.dim() != 2 || (columns >= 0 && values.size(1) != columns)) {
            String expected = columns >= 0 ? "N x " + columns : "N x D";
            throw new IllegalArgumentException(argument + " must have shape " + expected + ", got " + Arrays.toString(values.shape()));
        }
        return values;
    }

    /** Requires {@code count} of {@code argument} to match the {@code expected} count of {@code reference}. */
    public static void requireSameCount(String argument, int count, String reference, int expected) {
        if (count != expected) {
            throw new IllegalArgumentException(argument + " has " + count + " entries but " + reference + " has " + expected
                    + "; they must match one to one");
        }
    }

    /** Class indices 0, 1, ... from a 1-D tensor (or an N x 1 column) of whole numbers. */
    public static int[] requireLabels(String argument, Tensor labels) {
        requireData(argument, labels);
        if (labels.dim() > 2 || (labels.dim() == 2 && labels.size(1) != 1)) {
            throw new IllegalArgumentException(argument + " must be a vector of class indices, got shape " + Arrays.toString(labels.shape()));
        }
        double[] values = labels.toDoubleArray();
        int[] ids = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || values[i] != Math.rint(values[i])) {
                throw new IllegalArgumentException(argument + " holds " + values[i] + " at " + i + "; class indices are whole numbers from 0");
            }
            ids[i] = (int) values[i];
        }
        return ids;
    }

    /** Requires {@code from < to}, both finite, for an axis range. */
    public static void requireRange(String argument, double from, double to) {
        if (!(Double.isFinite(from) && Double.isFinite(to) && from < to)) {
            throw new IllegalArgumentException(argument + " must be a finite range with from < to, got [" + from + ", " + to + "]");
        }
    }
}
