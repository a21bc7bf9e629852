package org.dendrite.data;

import java.util.Random;

/**
 * A change applied to each example as its batch is built, such as scaling pixels to [0, 1] or a
 * random flip. A transform works in place and keeps the number of values; it may change the
 * shape (flatten does). See {@link Transforms} for the usual ones.
 */
public interface Transform {

    /**
     * Transforms one example in place: the values {@code values[offset .. offset + numel(shape))},
     * an example of {@code shape}. Random transforms draw from {@code random}, the loader's seeded
     * generator, so that a run repeats exactly.
     */
    void apply(float[] values, int offset, int[] shape, Random random);

    /**
     * Checks that this transform applies to examples of {@code shape} and returns their shape
     * after it; an error names the transform and the shape it cannot take.
     */
    default int[] outputShape(int[] shape) {
        return shape;
    }
}
