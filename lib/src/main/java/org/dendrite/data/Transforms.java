package org.dendrite.data;

import java.util.Arrays;
import java.util.Random;

/**
 * The usual transforms, as in torchvision: pixels to floats in [0, 1], normalization, flattening
 * for a fully connected layer, and the augmentations of the slides (random horizontal flips and
 * random crops of a zero-padded image).
 *
 * <pre>{@code
 * Dataset train = Mnist.sample().transform(Transforms.toFloat(), Transforms.flatten());
 * }</pre>
 */
public final class Transforms {

    private Transforms() {
    }

    /** Pixels 0..255 to floats in [0, 1]: each value divided by 255 (torchvision's {@code ToTensor}). */
    public static Transform toFloat() {
        return (values, offset, shape, random) -> {
            int end = offset + Sizes.numel(shape);
            for (int i = offset; i < end; i++) {
                values[i] /= 255f;
            }
        };
    }

    /** {@code (x - mean) / std} for every value, such as {@code normalize(Mnist.MEAN, Mnist.STD)}. */
    public static Transform normalize(double mean, double std) {
        return normalize(new double[] {mean}, new double[] {std});
    }

    /**
     * {@code (x - mean[c]) / std[c]} for the values of channel {@code c} of a C×H×W image; one
     * mean and std apply to all values of an example of any shape.
     */
    public static Transform normalize(double[] mean, double[] std) {
        if (mean.length == 0 || mean.length != std.length) {
            throw new IllegalArgumentException("normalize: " + mean.length + " means but " + std.length + " stds");
        }
        for (double s : std) {
            if (!(s > 0)) {
                throw new IllegalArgumentException("normalize: std must be positive, got " + Arrays.toString(std));
            }
        }
        float[] means = toFloats(mean);
        float[] scales = new float[std.length];
        for (int c = 0; c < std.length; c++) {
            scales[c] = (float) (1 / std[c]);
        }
        return new Transform() {
            @Override
            public void apply(float[] values, int offset, int[] shape, Random random) {
                int perChannel = Sizes.numel(shape) / means.length;
                for (int c = 0; c < means.length; c++) {
                    int start = offset + c * perChannel;
                    for (int i = start; i < start + perChannel; i++) {
                        values[i] = (values[i] - means[c]) * scales[c];
                    }
                }
            }

            @Override
            public int[] outputShape(int[] shape) {
                if (means.length > 1 && (shape.length != 3 || shape[0] != means.length)) {
                    throw new IllegalArgumentException("normalize: " + means.length
                            + " channel means need images of shape [" + means.length + ", H, W], found "
                            + Sizes.format(shape));
                }
                return shape;
            }
        };
    }

    /** Each example as one row of values, such as 1×28×28 to 784 for a {@code Linear} layer. */
    public static Transform flatten() {
        return new Transform() {
            @Override
            public void apply(float[] values, int offset, int[] shape, Random random) {
                // The values are already stored row by row; only the shape changes.
            }

            @Override
            public int[] outputShape(int[] shape) {
                return new int[] {Sizes.numel(shape)};
            }
        };
    }

    /** Mirrors each image left to right with probability {@code p} (images of shape C×H×W). */
    public static Transform randomHorizontalFlip(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("randomHorizontalFlip: p must be in [0, 1], got " + p);
        }
        return new Transform() {
            @Override
            public void apply(float[] values, int offset, int[] shape, Random random) {
                if (random.nextDouble() >= p) {
                    return;
                }
                int width = shape[2];
                for (int row = offset; row < offset + Sizes.numel(shape); row += width) {
                    for (int left = row, right = row + width - 1; left < right; left++, right--) {
                        float swap = values[left];
                        values[left] = values[right];
                        values[right] = swap;
                    }
                }
            }

            @Override
            public int[] outputShape(int[] shape) {
                return requireImage("randomHorizontalFlip", shape);
            }
        };
    }

    /**
     * Pads each side of an image with {@code padding} zeros and crops a window of the image's
     * size at a random position: a random shift of up to {@code padding} pixels each way
     * (torchvision's {@code RandomCrop(32, padding=4)} for CIFAR-10).
     */
    public static Transform randomCrop(int padding) {
        if (padding < 0) {
            throw new IllegalArgumentException("randomCrop: padding must be at least 0, got " + padding);
        }
        return new Transform() {
            @Override
            public void apply(float[] values, int offset, int[] shape, Random random) {
                int dy = random.nextInt(2 * padding + 1) - padding;
                int dx = random.nextInt(2 * padding + 1) - padding;
                float[] image = Arrays.copyOfRange(values, offset, offset + Sizes.numel(shape));
                int channels = shape[0];
                int height = shape[1];
                int width = shape[2];
                for (int c = 0; c < channels; c++) {
                    for (int y = 0; y < height; y++) {
                        for (int x = 0; x < width; x++) {
                            int sy = y + dy;
                            int sx = x + dx;
                            boolean inside = sy >= 0 && sy < height && sx >= 0 && sx < width;
                            values[offset + (c * height + y) * width + x] =
                                    inside ? image[(c * height + sy) * width + sx] : 0;
                        }
                    }
                }
            }

            @Override
            public int[] outputShape(int[] shape) {
                return requireImage("randomCrop", shape);
            }
        };
    }

    private static int[] requireImage(String transform, int[] shape) {
        if (shape.length != 3) {
            throw new IllegalArgumentException(transform + ": needs images of shape [C, H, W], found "
                    + Sizes.format(shape) + " (apply flatten after it, not before)");
        }
        return shape;
    }

    private static float[] toFloats(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }
}
