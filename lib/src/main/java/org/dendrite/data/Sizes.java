package org.dendrite.data;

import java.util.Arrays;

/** Shape helpers for the data package: element counts and shapes with a batch dimension. */
final class Sizes {

    private Sizes() {
    }

    /** The number of values in an example of {@code shape} (1 for the scalar shape {@code []}). */
    static int numel(int[] shape) {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        return n;
    }

    /** {@code shape} with {@code n} in front: the shape of a batch of {@code n} examples. */
    static int[] batched(int n, int[] shape) {
        int[] out = new int[shape.length + 1];
        out[0] = n;
        System.arraycopy(shape, 0, out, 1, shape.length);
        return out;
    }

    /** A shape as students see it in PyTorch messages, such as {@code [1, 28, 28]}. */
    static String format(int[] shape) {
        return Arrays.toString(shape);
    }
}
