package org.dendrite.plot;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dendrite.InputChecks;
import org.dendrite.tensor.Tensor;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.XYStyler;

/**
 * Pictures in a grid, each with an optional label above it: digits with their labels, a linear
 * classifier's per-class templates, convolution filters, feature maps. The grid is an
 * {@link XYChart} without axes; tile {@code i} is column {@code i % columns} of row
 * {@code i / columns}, a series called {@code "image i"} drawn by an {@link ImageMarker}.
 * Signed values (weights, templates, principal components, filters) share one scale,
 * symmetric about 0 (blue negative, white 0, red positive), read off a colour bar beside them.
 */
public final class ImageGrid {

    /** The height of the band above each tile that holds its label, in tile heights. */
    private static final double LABEL_BAND = 0.3;
    /** The space between tiles, in tile widths. */
    private static final double GAP = 0.04;
    private static final int TITLE_HEIGHT = 56;
    private static final int PADDING = 12;
    /** The room for a colour bar and its labels, in pixels. */
    private static final int COLOR_BAR_PIXELS = 110;

    private ImageGrid() {
    }

    /** {@code images} with {@code labels} (one per image, or none), {@code columns} per row. */
    public static XYChart of(String title, List<BufferedImage> images, List<String> labels, int columns) {
        return grid(title, images, labels, columns, false);
    }

    /**
     * Signed single-channel pictures (shaped as {@link Images} reads them) on one scale symmetric
     * about 0, with a colour bar: where a tile is red its value is positive, blue negative, and
     * equal colours are equal values in every tile.
     */
    public static XYChart signed(String title, Tensor batch, int columns, String... labels) {
        InputChecks.requireData("batch", batch);
        double limit = Arrays.stream(batch.toDoubleArray()).map(Math::abs).max().orElse(0);
        limit = limit > 0 ? limit : 1;
        XYChart chart = grid(title, Images.fromBatchSigned("batch", batch, ColorMap.DIVERGING, limit), List.of(labels),
                columns, true);
        double right = chart.getStyler().getXAxisMax();
        double pixel = (right - chart.getStyler().getXAxisMin()) / (chart.getWidth() - 2 * PADDING);
        double bottom = chart.getStyler().getYAxisMin();
        String high = NumberLabels.format(limit);
        chart.addAnnotation(new ColorBar(ColorMap.DIVERGING, "", right - (COLOR_BAR_PIXELS - 10) * pixel,
                right - (COLOR_BAR_PIXELS - 28) * pixel, 0.9 * bottom, 0.1 * bottom,
                new double[] {0, 0.5, 1}, new String[] {"-" + high, "0", high}));
        return chart;
    }

    private static XYChart grid(String title, List<BufferedImage> images, List<String> labels, int columns,
            boolean colorBar) {
        if (images.isEmpty()) {
            throw new IllegalArgumentException("images is empty: nothing to show");
        }
        if (!labels.isEmpty()) {
            InputChecks.requireSameCount("labels", labels.size(), "images", images.size());
        }
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1, got " + columns);
        }
        int cols = Math.min(columns, images.size());
        int rows = (images.size() + cols - 1) / cols;
        double band = labels.isEmpty() ? GAP : LABEL_BAND;
        int tile = Math.max(48, Math.min(160, 900 / cols));
        int barPixels = colorBar ? COLOR_BAR_PIXELS : 0;
        int width = cols * tile + 2 * PADDING + barPixels;
        int height = (int) Math.round(rows * tile * (1 + band)) + 2 * PADDING + TITLE_HEIGHT;
        XYChart chart = Style.pictureChart(title, "", "", width, height);
        XYStyler styler = chart.getStyler();
        styler.setAxisTicksVisible(false);
        styler.setAxisTitlesVisible(false);
        styler.setPlotBorderVisible(false);
        styler.setLegendVisible(false);
        styler.setXAxisMin(0.0);
        styler.setXAxisMax(cols + (double) barPixels / tile);
        styler.setYAxisMin(-rows * (1 + band));
        styler.setYAxisMax(0.0);
        for (int i = 0; i < images.size(); i++) {
            double[] box = tileBounds(i, cols, band);
            XYSeries series = chart.addSeries("image " + i, new double[] {(box[0] + box[1]) / 2}, new double[] {(box[2] + box[3]) / 2});
            series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            series.setMarker(new ImageMarker(chart, images.get(i), box[0], box[1], box[2], box[3], false));
            if (!labels.isEmpty()) {
                chart.addAnnotation(new AnnotationText(labels.get(i), (box[0] + box[1]) / 2, box[3] + band / 2, false));
            }
        }
        return chart;
    }

    /** Digits (or any grey images, see {@link Images}) with their class labels, 10 per row. */
    public static XYChart digits(Tensor images, Tensor labels) {
        List<BufferedImage> tiles = Images.fromBatch("images", images, ColorMap.GREYS);
        int[] classes = InputChecks.requireLabels("labels", labels);
        InputChecks.requireSameCount("labels", classes.length, "images", tiles.size());
        return of("Digits", tiles, Arrays.stream(classes).mapToObj(String::valueOf).toList(), 10);
    }

    /** A batch of images (see {@link Images}) with optional labels. */
    public static XYChart images(String title, Tensor images, int columns, String... labels) {
        return of(title, Images.fromBatch("images", images, ColorMap.GREYS), List.of(labels), columns);
    }

    /**
     * A linear classifier's weights, one row per class (C x D), each reshaped to
     * {@code imageShape} (H, W or 3, H, W) and shown as a picture: "one template per class".
     * Grey templates share one signed scale: red pixels raise the class's score, blue ones lower it.
     */
    public static XYChart templates(Tensor weights, List<String> classNames, int... imageShape) {
        InputChecks.requireMatrix("weights", weights, -1);
        int pixels = Arrays.stream(imageShape).reduce(1, (a, b) -> a * b);
        if (imageShape.length < 2 || pixels != weights.size(1)) {
            throw new IllegalArgumentException("imageShape " + Arrays.toString(imageShape) + " must be H, W or C, H, W with "
                    + "as many pixels as weights has columns (" + weights.size(1) + ")");
        }
        int[] batchShape = new int[imageShape.length + 1];
        batchShape[0] = weights.size(0);
        System.arraycopy(imageShape, 0, batchShape, 1, imageShape.length);
        Tensor batch = weights.reshape(batchShape);
        if (imageShape.length == 3) {
            return of("One template per class", Images.fromBatch("weights", batch, ColorMap.GREYS), classNames,
                    Math.min(10, weights.size(0)));
        }
        return signed("One template per class", batch, Math.min(10, weights.size(0)), classNames.toArray(String[]::new));
    }

    /**
     * Convolution filters, shaped K x C x kh x kw: RGB filters (C = 3) one tile each; grey ones
     * (C = 1) one tile each, ten to a row; otherwise one row per filter with a tile per input
     * channel. Grey filters share one signed scale with a colour bar.
     */
    public static XYChart filters(Tensor weight) {
        InputChecks.requireData("weight", weight);
        int[] shape = weight.shape();
        if (shape.length != 4) {
            throw new IllegalArgumentException("weight must have shape K x C x kh x kw (out channels, in channels, height, "
                    + "width), got " + Arrays.toString(shape));
        }
        if (shape[1] == 3) {
            return of("Filters " + shape[2] + "x" + shape[3], Images.fromBatch("weight", weight, ColorMap.GREYS),
                    filterLabels(shape[0]), 8);
        }
        if (shape[1] == 1) {
            return signed(shape[0] + " filters " + shape[2] + "x" + shape[3], weight, Math.min(10, shape[0]),
                    filterLabels(shape[0]).toArray(String[]::new));
        }
        Tensor planes = weight.reshape(shape[0] * shape[1], shape[2], shape[3]);
        return signed("Filters " + shape[2] + "x" + shape[3] + " (rows: filters, columns: input channels)", planes, shape[1]);
    }

    private static List<String> filterLabels(int count) {
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            labels.add("filter " + k);
        }
        return labels;
    }

    /** The feature maps of one image at one layer, shaped C x H x W (or 1 x C x H x W), one tile per channel. */
    public static XYChart featureMaps(Tensor maps) {
        InputChecks.requireData("maps", maps);
        int[] shape = maps.shape();
        if (shape.length == 4 && shape[0] == 1) {
            maps = maps.squeeze(0);
            shape = maps.shape();
        }
        if (shape.length != 3) {
            throw new IllegalArgumentException("maps must have shape C x H x W (one image's feature maps), got "
                    + Arrays.toString(maps.shape()));
        }
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < shape[0]; c++) {
            labels.add("channel " + c);
        }
        return of("Feature maps " + shape[1] + "x" + shape[2], Images.fromBatch("maps", maps, ColorMap.VIRIDIS), labels,
                Math.min(8, shape[0]));
    }

    /** {x0, x1, y0, y1} of tile {@code index}'s picture in a labelled grid, in the grid's data coordinates. */
    static double[] tileBounds(int index, int columns) {
        return tileBounds(index, columns, LABEL_BAND);
    }

    private static double[] tileBounds(int index, int columns, double band) {
        int row = index / columns;
        int column = index % columns;
        double top = -row * (1 + band) - band;
        return new double[] {column + GAP, column + 1 - GAP, top - 1 + GAP, top};
    }
}
