package org.dendrite.plot;

import org.dendrite.tensor.Tensor;

/** The image-processing kernels of lecture 003 (after d2l and Wikipedia), as kh x kw tensors. */
public final class Kernels {

    private Kernels() {
    }

    /** Edge detection: 8 at the centre, -1 around it; flat regions give 0. */
    public static Tensor edgeDetection() {
        return Tensor.of(new double[][] {{-1, -1, -1}, {-1, 8, -1}, {-1, -1, -1}});
    }

    /** Sharpen: 5 at the centre, -1 at the four neighbours. */
    public static Tensor sharpen() {
        return Tensor.of(new double[][] {{0, -1, 0}, {-1, 5, -1}, {0, -1, 0}});
    }

    /** 3x3 Gaussian blur: (1/16) [[1, 2, 1], [2, 4, 2], [1, 2, 1]]. */
    public static Tensor gaussianBlur() {
        return Tensor.of(new double[][] {{1, 2, 1}, {2, 4, 2}, {1, 2, 1}}).div(16);
    }

    /** The vertical edge detector [[1, -1]] of d2l's edge example. */
    public static Tensor verticalEdge() {
        return Tensor.of(new double[][] {{1, -1}});
    }
}
