package org.dendrite.embed;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.dendrite.plot.ColorMap;
import org.dendrite.plot.Figure;
import org.dendrite.plot.ImageMarker;
import org.dendrite.plot.Images;
import org.dendrite.InputChecks;
import org.dendrite.plot.Style;
import org.dendrite.tensor.Tensor;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * 2-D embeddings (from {@link Pca} or {@link TSne}) as scatter plots coloured by class, with a
 * legend of class names and, optionally, small pictures of some of the examples placed at
 * their points; and two embeddings side by side, such as raw pixels against a trained
 * network's hidden layer, where learned features separate the classes.
 */
public final class EmbeddingPlot {

    /** The prefix of the series that draw thumbnails. */
    public static final String THUMBNAIL = "thumbnail ";
    /** A thumbnail's width as a fraction of the embedding's width. */
    private static final double THUMBNAIL_SIZE = 0.05;

    private EmbeddingPlot() {
    }

    /** {@code points} (N x 2) coloured by {@code labels} (N), one legend entry per class. */
    public static XYChart scatter(String title, Tensor points, Tensor labels, String... classNames) {
        InputChecks.requireMatrix("points", points, 2);
        int[] classes = InputChecks.requireLabels("labels", labels);
        InputChecks.requireSameCount("labels", classes.length, "points", points.size(0));
        int classCount = 0;
        for (int c : classes) {
            classCount = Math.max(classCount, c + 1);
        }
        if (classNames.length > 0 && classNames.length < classCount) {
            throw new IllegalArgumentException("classNames has " + classNames.length + " names but labels go up to "
                    + (classCount - 1));
        }
        double[] xy = points.toDoubleArray();
        XYChart chart = Style.xyChart(title, "", "");
        chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
        chart.getStyler().setMarkerSize(5);
        for (int k = 0; k < classCount; k++) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < classes.length; i++) {
                if (classes[i] == k) {
                    xs.add(xy[2 * i]);
                    ys.add(xy[2 * i + 1]);
                }
            }
            if (!xs.isEmpty()) {
                XYSeries series = chart.addSeries(classNames.length > 0 ? classNames[k] : String.valueOf(k), xs, ys);
                series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
                series.setMarker(SeriesMarkers.CIRCLE);
                series.setMarkerColor(Style.color(k));
            }
        }
        return chart;
    }

    /**
     * The scatter plot with up to {@code count} of the {@code images} (see {@link Images})
     * drawn at their points, chosen so that they do not overlap.
     */
    public static XYChart scatter(String title, Tensor points, Tensor labels, Tensor images, int count,
            String... classNames) {
        XYChart chart = scatter(title, points, labels, classNames);
        List<BufferedImage> pictures = Images.fromBatch("images", images, ColorMap.GREYS);
        InputChecks.requireSameCount("images", pictures.size(), "points", points.size(0));
        double[] xy = points.toDoubleArray();
        double[] bounds = bounds(xy);
        double width = (bounds[1] - bounds[0]) * THUMBNAIL_SIZE;
        double height = (bounds[3] - bounds[2]) * THUMBNAIL_SIZE * Style.WIDTH / Style.HEIGHT;
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < pictures.size() && chosen.size() < count; i++) {
            if (farFromChosen(xy, i, chosen, width, height)) {
                chosen.add(i);
                double x = xy[2 * i];
                double y = xy[2 * i + 1];
                XYSeries series = chart.addSeries(THUMBNAIL + i, new double[] {x}, new double[] {y});
                series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
                series.setMarker(new ImageMarker(chart, pictures.get(i), x - width / 2, x + width / 2,
                        y - height / 2, y + height / 2, false));
                series.setShowInLegend(false);
            }
        }
        return chart;
    }

    /**
     * Two embeddings of the same examples side by side, such as t-SNE of the raw pixels and of
     * a hidden layer's activations.
     */
    public static Figure sideBySide(Tensor rawPoints, Tensor learnedPoints, Tensor labels, String... classNames) {
        XYChart raw = scatter("Raw pixels", rawPoints, labels, classNames);
        XYChart learned = scatter("Learned features", learnedPoints, labels, classNames);
        return Figure.row(raw, learned);
    }

    private static boolean farFromChosen(double[] xy, int i, List<Integer> chosen, double width, double height) {
        for (int j : chosen) {
            if (Math.abs(xy[2 * i] - xy[2 * j]) < width && Math.abs(xy[2 * i + 1] - xy[2 * j + 1]) < height) {
                return false;
            }
        }
        return true;
    }

    private static double[] bounds(double[] xy) {
        double[] b = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < xy.length; i += 2) {
            b[0] = Math.min(b[0], xy[i]);
            b[1] = Math.max(b[1], xy[i]);
            b[2] = Math.min(b[2], xy[i + 1]);
            b[3] = Math.max(b[3], xy[i + 1]);
        }
        return b;
    }
}
