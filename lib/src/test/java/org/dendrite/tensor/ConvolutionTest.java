package org.dendrite.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Convolution and pooling against the slides' worked examples (lectures 000 and 003, from d2l and
 * cs231n) and PyTorch's {@code F.avg_pool2d} / {@code F.max_pool2d} / {@code F.conv2d} for the
 * padded cases (values printed by PyTorch 1.13).
 */
class ConvolutionTest {

    private static final double[] ZERO_TO_EIGHT = {0, 1, 2, 3, 4, 5, 6, 7, 8};

    private static Tensor image(double[] values, int channels, int size) {
        return Tensor.of(values, 1, channels, size, size);
    }

    private static void assertValues(double[] expected, Tensor actual) {
        assertArrayEquals(expected, actual.toDoubleArray(), 1e-5);
    }

    @Test
    void crossCorrelationMatchesTheSlidesExample() {
        Tensor x = image(ZERO_TO_EIGHT, 1, 3);
        Tensor k = Tensor.of(new double[] {0, 1, 2, 3}, 1, 1, 2, 2);
        Tensor y = x.conv2d(k, null, 1, 0);
        assertArrayEquals(new int[] {1, 1, 2, 2}, y.shape());
        assertValues(new double[] {19, 25, 37, 43}, y);
    }

    @Test
    void multipleInputChannelsAreSummed() {
        double[] two = {0, 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        Tensor k = Tensor.of(new double[] {0, 1, 2, 3, 1, 2, 3, 4}, 1, 2, 2, 2);
        assertValues(new double[] {56, 72, 104, 120}, image(two, 2, 3).conv2d(k, null, 1, 0));
    }

    @Test
    void biasIsAddedPerOutputChannel() {
        Tensor k = Tensor.of(new double[] {0, 1, 2, 3, 0, 0, 0, 1}, 2, 1, 2, 2);
        Tensor y = image(ZERO_TO_EIGHT, 1, 3).conv2d(k, Tensor.of(1, -1), 1, 0);
        assertValues(new double[] {20, 26, 38, 44, 3, 4, 6, 7}, y);
    }

    @Test
    void paddingAndUnequalStridesMatchTheSlides() {
        Tensor x = image(ZERO_TO_EIGHT, 1, 3);
        Tensor k = Tensor.of(new double[] {0, 1, 2, 3}, 1, 1, 2, 2);
        Tensor y = x.conv2d(k, null, 3, 2, 1, 1);
        assertArrayEquals(new int[] {1, 1, 2, 2}, y.shape());
        assertValues(new double[] {0, 8, 6, 8}, y);
    }

    @Test
    void unequalStridesHaveTheRightGradient() {
        Tensor.manualSeed(3);
        Tensor x = Tensor.randn(1, 2, 5, 6).to(DType.FLOAT64);
        Tensor k = Tensor.randn(3, 2, 2, 3).to(DType.FLOAT64);
        Tensor b = Tensor.randn(3).to(DType.FLOAT64);
        assertTrue(GradCheck.check(in -> in[0].conv2d(in[1], in[2], 3, 2, 1, 0).pow(2).sum(), x, k, b).passed());
    }

    @Test
    void outputSizeFollowsTheSlidesFormula() {
        Tensor filters = Tensor.zeros(10, 3, 5, 5);
        assertArrayEquals(new int[] {1, 10, 32, 32}, Tensor.zeros(1, 3, 32, 32).conv2d(filters, null, 1, 2).shape());
        assertArrayEquals(new int[] {1, 6, 28, 28}, Tensor.zeros(1, 3, 32, 32).conv2d(Tensor.zeros(6, 3, 5, 5), null, 1, 0).shape());
        assertEquals(3, Window2d.square(3, 2, 0).outputHeight(7));
    }

    @Test
    void maxPoolingMatchesTheSlidesExample() {
        Tensor x = image(new double[] {1, 1, 2, 4, 5, 6, 7, 8, 3, 2, 1, 0, 1, 2, 3, 4}, 1, 4);
        assertValues(new double[] {6, 8, 3, 4}, x.maxPool2d(2, 2, 0));
    }

    @Test
    void overlappingPoolingMatchesTheSlides() {
        Tensor x = image(ZERO_TO_EIGHT, 1, 3);
        assertValues(new double[] {4, 5, 7, 8}, x.maxPool2d(2, 1, 0));
        assertValues(new double[] {2, 3, 5, 6}, x.avgPool2d(2, 1, 0));
    }

    @Test
    void paddedPoolingMatchesPyTorch() {
        Tensor x = image(ZERO_TO_EIGHT, 1, 3);
        assertValues(new double[] {0, 0.75, 2.25, 6}, x.avgPool2d(2, 2, 1));
        assertValues(new double[] {0, 2, 6, 8}, x.maxPool2d(2, 2, 1));
    }

    @Test
    void maxPoolGradientGoesToTheLargestValueOfEachWindow() {
        Tensor x = image(new double[] {1, 1, 2, 4, 5, 6, 7, 8, 3, 2, 1, 0, 1, 2, 3, 4}, 1, 4).requiresGrad(true);
        x.maxPool2d(2, 2, 0).sum().backward();
        assertValues(new double[] {0, 0, 0, 0, 0, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 1}, x.grad());
    }

    @Test
    void badShapesAreNamed() {
        Tensor k = Tensor.zeros(4, 3, 5, 5);
        String channels = assertThrows(IllegalArgumentException.class,
                () -> Tensor.zeros(2, 1, 28, 28).conv2d(k, null, 1, 0)).getMessage();
        assertTrue(channels.contains("[2,1,28,28] has 1 channels but weight [4,3,5,5] expects 3"), channels);
        String rank = assertThrows(IllegalArgumentException.class,
                () -> Tensor.zeros(3, 28, 28).conv2d(k, null, 1, 0)).getMessage();
        assertTrue(rank.contains("should be 4-D"), rank);
        String small = assertThrows(IllegalArgumentException.class,
                () -> Tensor.zeros(1, 3, 4, 4).conv2d(k, null, 1, 0)).getMessage();
        assertTrue(small.contains("the 5x5 window does not fit the 4x4 input"), small);
        String bias = assertThrows(IllegalArgumentException.class,
                () -> Tensor.zeros(1, 3, 8, 8).conv2d(k, Tensor.zeros(3), 1, 0)).getMessage();
        assertTrue(bias.contains("one value per output channel: [4]"), bias);
    }
}
