package org.dendrite.plot;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.dendrite.InputChecks;
import org.dendrite.tensor.Tensor;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * A kernel applied to an image, shown as input | kernel | output. Matrices of at most
 * {@link #NUMBERED_SIDE} x {@link #NUMBERED_SIDE} cells (the slides' worked examples) have their
 * numbers written on light cells with borders, so every value can be checked; larger ones
 * (digits) are pictures. The output is the cross-correlation of the slides ("convolution" in
 * deep learning): {@code Y[i][j] = sum over a, b of X[i + a][j + b] * K[a][b]}, no padding.
 */
public final class ConvolutionDemo {

    /** The largest side of a matrix whose numbers are written on its cells. */
    public static final int NUMBERED_SIDE = 7;

    private ConvolutionDemo() {
    }

    /** {@code image} (H x W, or 1 x H x W) through {@code kernel} (kh x kw), titled {@code kernelName}. */
    public static XYChart plot(Tensor image, Tensor kernel, String kernelName) {
        double[][] x = matrix("image", image);
        double[][] k = matrix("kernel", kernel);
        double[][] y = crossCorrelate(x, k);
        double limit = Arrays.stream(k).flatMapToDouble(Arrays::stream).map(Math::abs).max().orElse(1);
        boolean numbered = isSmall(x) && isSmall(k);
        ColorMap valueMap = numbered ? ColorMap.LIGHT_BLUES : ColorMap.GREYS;
        List<BufferedImage> tiles = List.of(
                Images.grey(flatten(x), x.length, x[0].length, valueMap),
                // Twice the kernel's largest magnitude at the ends keeps the colours light enough for the numbers.
                Images.signed(flatten(k), k.length, k[0].length, ColorMap.DIVERGING, limit > 0 ? 2 * limit : 1),
                Images.grey(flatten(y), y.length, y[0].length, valueMap));
        List<String> labels = List.of("input " + x.length + "x" + x[0].length, "kernel", "output " + y.length + "x" + y[0].length);
        XYChart chart = ImageGrid.of(kernelName, tiles, labels, 3);
        List<double[][]> matrices = List.of(x, k, y);
        for (int tile = 0; tile < 3; tile++) {
            if (tile == 1 ? isSmall(k) : numbered) {
                XYSeries series = chart.getSeriesMap().get("image " + tile);
                series.setMarker(((ImageMarker) series.getMarker()).numbered(labels(matrices.get(tile))));
            }
        }
        return chart;
    }

    private static boolean isSmall(double[][] m) {
        return m.length <= NUMBERED_SIDE && m[0].length <= NUMBERED_SIDE;
    }

    private static String[][] labels(double[][] m) {
        return Arrays.stream(m).map(row -> Arrays.stream(row).mapToObj(NumberLabels::format).toArray(String[]::new))
                .toArray(String[][]::new);
    }

    /** The valid cross-correlation of {@code x} with {@code k}: (H - kh + 1) x (W - kw + 1). */
    public static double[][] crossCorrelate(double[][] x, double[][] k) {
        int rows = x.length - k.length + 1;
        int columns = x[0].length - k[0].length + 1;
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("kernel " + k.length + "x" + k[0].length + " is larger than the image "
                    + x.length + "x" + x[0].length);
        }
        double[][] y = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                double sum = 0;
                for (int a = 0; a < k.length; a++) {
                    for (int b = 0; b < k[0].length; b++) {
                        sum += x[i + a][j + b] * k[a][b];
                    }
                }
                y[i][j] = sum;
            }
        }
        return y;
    }

    private static double[][] matrix(String argument, Tensor t) {
        InputChecks.requireData(argument, t);
        int[] shape = t.shape();
        while (shape.length > 2 && shape[0] == 1) {
            t = t.squeeze(0);
            shape = t.shape();
        }
        if (shape.length != 2) {
            throw new IllegalArgumentException(argument + " must be a single-channel H x W matrix, got shape " + Arrays.toString(t.shape()));
        }
        double[] values = t.toDoubleArray();
        double[][] rows = new double[shape[0]][];
        for (int r = 0; r < shape[0]; r++) {
            rows[r] = Arrays.copyOfRange(values, r * shape[1], (r + 1) * shape[1]);
        }
        return rows;
    }

    private static double[] flatten(double[][] m) {
        return Arrays.stream(m).flatMapToDouble(Arrays::stream).toArray();
    }
}
