package org.dendrite.tensor;

/**
 * How a convolution or pooling window slides over an image: its size, its step (stride) and the
 * zeros added around the border (padding), per direction. The output size follows the slides'
 * formula {@code (W - K + 2P) / S + 1}.
 */
public record Window2d(int kernelHeight, int kernelWidth, int strideHeight, int strideWidth,
                       int paddingHeight, int paddingWidth) {

    /** Checks that the kernel and stride are positive and the padding not negative. */
    public Window2d {
        if (kernelHeight < 1 || kernelWidth < 1 || strideHeight < 1 || strideWidth < 1 || paddingHeight < 0 || paddingWidth < 0) {
            throw new IllegalArgumentException("Window2d: kernel " + kernelHeight + "x" + kernelWidth + ", stride "
                    + strideHeight + "x" + strideWidth + ", padding " + paddingHeight + "x" + paddingWidth
                    + ": kernel and stride must be 1 or more, padding 0 or more");
        }
    }

    /** A square window: a K×K kernel moved by S in both directions over an input padded by P. */
    public static Window2d square(int kernel, int stride, int padding) {
        return new Window2d(kernel, kernel, stride, stride, padding, padding);
    }

    /** The output height for an input of height {@code h}: {@code (h - K + 2P) / S + 1}. */
    public int outputHeight(long h) {
        return outputSize(h, kernelHeight, strideHeight, paddingHeight);
    }

    /** The output width for an input of width {@code w}. */
    public int outputWidth(long w) {
        return outputSize(w, kernelWidth, strideWidth, paddingWidth);
    }

    /** Whether the kernel fits into an {@code h}×{@code w} input once padded. */
    public boolean fits(long h, long w) {
        return h + 2L * paddingHeight >= kernelHeight && w + 2L * paddingWidth >= kernelWidth;
    }

    private static int outputSize(long size, int kernel, int stride, int padding) {
        return Math.toIntExact(Math.floorDiv(size - kernel + 2L * padding, stride) + 1);
    }

    /** {@code K=5, S=1, P=2}, as the slides write a layer's settings (rectangular ones as 3x5). */
    @Override
    public String toString() {
        return "K=" + pair(kernelHeight, kernelWidth) + ", S=" + pair(strideHeight, strideWidth)
                + ", P=" + pair(paddingHeight, paddingWidth);
    }

    private static String pair(int a, int b) {
        return a == b ? Integer.toString(a) : a + "x" + b;
    }
}
