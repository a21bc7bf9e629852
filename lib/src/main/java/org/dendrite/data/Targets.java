package org.dendrite.data;

import java.util.List;

/**
 * What a data set's examples should predict: class labels (with class names, given to a batch as
 * class indices or as one-hot rows) or values for regression.
 */
sealed interface Targets permits Targets.Labels, Targets.Values {

    /** The shape of one example's target: {@code []} for a class index, {@code [C]} one-hot. */
    int[] shape();

    /** Writes example {@code example}'s target into {@code destination} (zero-filled) from {@code offset}. */
    void copy(int example, float[] destination, int offset);

    /** Class labels {@code 0..classNames.size()-1}. */
    record Labels(int[] labels, List<String> classNames, boolean oneHot) implements Targets {

        @Override
        public int[] shape() {
            return oneHot ? new int[] {classNames.size()} : new int[0];
        }

        @Override
        public void copy(int example, float[] destination, int offset) {
            if (oneHot) {
                destination[offset + labels[example]] = 1;
            } else {
                destination[offset] = labels[example];
            }
        }
    }

    /** Real values of a fixed shape per example, for regression. */
    record Values(float[] values, int[] shape) implements Targets {

        @Override
        public void copy(int example, float[] destination, int offset) {
            int size = Sizes.numel(shape);
            System.arraycopy(values, example * size, destination, offset, size);
        }
    }
}
