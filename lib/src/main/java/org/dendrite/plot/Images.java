package org.dendrite.plot;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dendrite.InputChecks;
import org.dendrite.tensor.Tensor;

/**
 * Tensors as pictures: a batch of images shaped N x H x W, N x C x H x W (C = 1 or 3) or
 * N x D with D a square number (784 = 28 x 28), each scaled so that its smallest value is
 * black and its largest white (or, with three channels, scaled together as RGB); or signed
 * values, such as weights, all on one scale symmetric about 0.
 */
public final class Images {

    private Images() {
    }

    /** Each image of the batch, contrast-stretched, grey values through {@code map}. */
    public static List<BufferedImage> fromBatch(String argument, Tensor batch, ColorMap map) {
        int[] shape = imageShape(argument, batch);
        int size = shape[1] * shape[2] * shape[3];
        double[] values = batch.toDoubleArray();
        List<BufferedImage> images = new ArrayList<>(shape[0]);
        for (int i = 0; i < shape[0]; i++) {
            double[] one = Arrays.copyOfRange(values, i * size, (i + 1) * size);
            images.add(shape[1] == 3 ? rgb(one, shape[2], shape[3]) : grey(one, shape[2], shape[3], map));
        }
        return images;
    }

    /**
     * Each single-channel image of the batch on one scale shared by all: 0 is the middle of
     * {@code map}, ±{@code limit} its ends, so that equal colours mean equal values in every tile.
     */
    public static List<BufferedImage> fromBatchSigned(String argument, Tensor batch, ColorMap map, double limit) {
        int[] shape = imageShape(argument, batch);
        if (shape[1] != 1) {
            throw new IllegalArgumentException(argument + " has " + shape[1] + " channels; signed images have one");
        }
        int size = shape[2] * shape[3];
        double[] values = batch.toDoubleArray();
        List<BufferedImage> images = new ArrayList<>(shape[0]);
        for (int i = 0; i < shape[0]; i++) {
            images.add(signed(Arrays.copyOfRange(values, i * size, (i + 1) * size), shape[2], shape[3], map, limit));
        }
        return images;
    }

    /** {N, channels, height, width} of a batch shaped N x H x W, N x C x H x W (C = 1 or 3) or N x D (D square). */
    private static int[] imageShape(String argument, Tensor batch) {
        InputChecks.requireData(argument, batch);
        int[] shape = batch.shape();
        return switch (shape.length) {
            case 2 -> {
                int side = (int) Math.round(Math.sqrt(shape[1]));
                if (side * side != shape[1]) {
                    throw new IllegalArgumentException(argument + " has rows of " + shape[1] + " values, not a square image; "
                            + "reshape it to N x H x W");
                }
                yield new int[] {shape[0], 1, side, side};
            }
            case 3 -> new int[] {shape[0], 1, shape[1], shape[2]};
            case 4 -> {
                if (shape[1] != 1 && shape[1] != 3) {
                    throw new IllegalArgumentException(argument + " has " + shape[1] + " channels; images have 1 (grey) or "
                            + "3 (RGB); show one channel at a time with select(1, c)");
                }
                yield new int[] {shape[0], shape[1], shape[2], shape[3]};
            }
            default -> throw new IllegalArgumentException(argument + " must have shape N x H x W, N x C x H x W or N x D, got "
                    + Arrays.toString(shape));
        };
    }

    /** A grey image of {@code height} rows, from row-major values, stretched to the full range of {@code map}. */
    public static BufferedImage grey(double[] values, int height, int width, ColorMap map) {
        double[] range = range(values);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                image.setRGB(c, r, map.argb((values[r * width + c] - range[0]) / range[1]));
            }
        }
        return image;
    }

    /** A grey image coloured so that 0 is the middle of {@code map} and ±{@code limit} its ends. */
    public static BufferedImage signed(double[] values, int height, int width, ColorMap map, double limit) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                image.setRGB(c, r, map.argb(0.5 + values[r * width + c] / (2 * limit)));
            }
        }
        return image;
    }

    private static BufferedImage rgb(double[] values, int height, int width) {
        double[] range = range(values);
        int plane = height * width;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int p = 0; p < plane; p++) {
            int red = level(values[p], range);
            int green = level(values[plane + p], range);
            int blue = level(values[2 * plane + p], range);
            image.setRGB(p % width, p / width, 0xff000000 | (red << 16) | (green << 8) | blue);
        }
        return image;
    }

    private static int level(double value, double[] range) {
        return (int) Math.round(255 * (value - range[0]) / range[1]);
    }

    /** {minimum, span}, with span 1 for a constant image so that it maps to black. */
    private static double[] range(double[] values) {
        double min = Arrays.stream(values).min().orElse(0);
        double max = Arrays.stream(values).max().orElse(0);
        return new double[] {min, max > min ? max - min : 1};
    }
}
