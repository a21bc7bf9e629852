package org.dendrite.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.Tensor;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A function of two parameters seen from above: a heat map, iso-lines found by marching
 * squares, optimizer paths on top, and a colour bar. XChart has no contour chart, so all of it
 * is one {@link XYChart}: the heat map is an image under the series (an {@link ImageMarker}),
 * the iso-lines one line series with breaks, each path a series of its own.
 *
 * <pre>{@code
 * Surface s = Surface.rosenbrock();
 * LossSurfacePlot.of(s).add(Descent.gd(0.001).steps(500).run(s, -1.5, 2))
 *         .add(Descent.adam(0.05).steps(500).run(s, -1.5, 2)).build();
 * }</pre>
 */
public final class LossSurfacePlot {

    /** The name of the background series that carries the heat map image. */
    public static final String HEAT_MAP = "heat map";
    /** The name of the series that holds all iso-lines. */
    public static final String ISO_LINES = "iso-lines";

    private static final ColorMap MAP = ColorMap.VIRIDIS;
    /** How much the heat map is mixed with white, so that paths and iso-lines stand out. */
    private static final double WASH = 0.3;
    private static final int SLICE_SAMPLES = 401;
    /** How many characters of path names fit in one legend row under a chart of the default width. */
    private static final int LEGEND_ROW_CHARACTERS = 70;
    /** Palette entries for paths: red, orange, pink, blue, brown, cyan, then the rest. */
    private static final int[] PATH_COLORS = {3, 1, 6, 0, 5, 9, 4, 8, 2, 7};

    private final Surface surface;
    private final List<Trajectory> trajectories = new ArrayList<>();
    private int resolution = 200;
    private int levels = 12;
    private boolean logScale;
    private boolean colorBar = true;

    private LossSurfacePlot(Surface surface) {
        if (surface == null) {
            throw new IllegalArgumentException("surface is null");
        }
        this.surface = surface;
        this.logScale = surface.logScale();
    }

    /** A plot of {@code surface}, configured by the methods below and made by {@link #build()}. */
    public static LossSurfacePlot of(Surface surface) {
        return new LossSurfacePlot(surface);
    }

    /** {@code surface} with {@code paths} over it, with the default settings. */
    public static XYChart plot(Surface surface, Trajectory... paths) {
        LossSurfacePlot plot = of(surface);
        for (Trajectory path : paths) {
            plot.add(path);
        }
        return plot.build();
    }

    /** Evaluates the surface on {@code points} x {@code points} grid points (default 200). */
    public LossSurfacePlot resolution(int points) {
        if (points < 2) {
            throw new IllegalArgumentException("resolution must be at least 2 points per side, got " + points);
        }
        this.resolution = points;
        return this;
    }

    /** Draws {@code count} iso-lines (default 12), evenly spaced in colour. */
    public LossSurfacePlot levels(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("levels must be >= 0, got " + count);
        }
        this.levels = count;
        return this;
    }

    /** Colours and contours on a log scale (the surface's own choice by default). */
    public LossSurfacePlot logScale(boolean on) {
        this.logScale = on;
        return this;
    }

    /** Shows the colour bar (default) or leaves it out. */
    public LossSurfacePlot colorBar(boolean on) {
        this.colorBar = on;
        return this;
    }

    /** Adds an optimizer path, drawn over the surface in the order added. */
    public LossSurfacePlot add(Trajectory path) {
        if (path == null) {
            throw new IllegalArgumentException("trajectory is null");
        }
        trajectories.add(path);
        return this;
    }

    /** The chart. */
    public XYChart build() {
        Grid grid = surface.grid(resolution, resolution);
        Scale scale = new Scale(grid.min(), grid.max(), logScale);
        double width = surface.xMax() - surface.xMin();
        double room = colorBar ? 0.22 * width : 0;
        XYChart chart = Style.pictureChart(surface.name(), "x", "y", Style.WIDTH, Style.HEIGHT);
        XYStyler styler = chart.getStyler();
        styler.setXAxisMin(surface.xMin());
        styler.setXAxisMax(surface.xMax() + room);
        styler.setYAxisMin(surface.yMin());
        styler.setYAxisMax(surface.yMax());
        // One row of path names under the plot while they fit, else a column beside it.
        int nameLength = trajectories.stream().mapToInt(path -> path.name().length() + 6).sum();
        boolean oneRow = nameLength <= LEGEND_ROW_CHARACTERS;
        styler.setLegendPosition(oneRow ? LegendPosition.OutsideS : LegendPosition.OutsideE);
        styler.setLegendLayout(oneRow ? LegendLayout.Horizontal : LegendLayout.Vertical);
        styler.setLegendVisible(!trajectories.isEmpty());
        styler.setxAxisTickLabelsFormattingFunction(x -> tickLabelBesideColorBar(x, surface.xMax(), width));
        addHeatMap(chart, grid, scale);
        double[] levelValues = scale.levels(levels);
        addIsoLines(chart, grid, levelValues);
        for (int i = 0; i < trajectories.size(); i++) {
            addTrajectory(chart, trajectories.get(i), Style.color(PATH_COLORS[i % PATH_COLORS.length]));
        }
        if (colorBar) {
            chart.addAnnotation(colorBarFor(scale, levelValues, room));
        }
        return chart;
    }

    /** Profiles {@code f(x, y)} along x, one line for each fixed {@code y} in {@code ys}. */
    public static XYChart sliceAlongX(Surface surface, double... ys) {
        return slices(surface, true, ys);
    }

    /** Profiles {@code f(x, y)} along y, one line for each fixed {@code x} in {@code xs}. */
    public static XYChart sliceAlongY(Surface surface, double... xs) {
        return slices(surface, false, xs);
    }

    private static XYChart slices(Surface surface, boolean alongX, double... fixed) {
        if (fixed.length == 0) {
            throw new IllegalArgumentException("give at least one " + (alongX ? "y" : "x") + " to slice at");
        }
        InputChecks.requireFinite(alongX ? "ys" : "xs", fixed);
        String moving = alongX ? "x" : "y";
        String held = alongX ? "y" : "x";
        XYChart chart = Style.xyChart(surface.name() + ", slices along " + moving, moving, "f(x, y)");
        double from = alongX ? surface.xMin() : surface.yMin();
        double to = alongX ? surface.xMax() : surface.yMax();
        for (double value : fixed) {
            double[] positions = new double[SLICE_SAMPLES];
            double[] xs = new double[SLICE_SAMPLES];
            double[] ys = new double[SLICE_SAMPLES];
            for (int i = 0; i < SLICE_SAMPLES; i++) {
                positions[i] = from + (to - from) * i / (SLICE_SAMPLES - 1);
                xs[i] = alongX ? positions[i] : value;
                ys[i] = alongX ? value : positions[i];
            }
            double[] f = surface.apply(Tensor.of(DType.FLOAT64, xs), Tensor.of(DType.FLOAT64, ys)).toDoubleArray();
            chart.addSeries(held + " = " + NumberLabels.format(value), positions, f).setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    /**
     * The x tick labels: numbers over the surface, blanks under the room made for the colour
     * bar. XChart 3.8.8 widens the tick step until all labels differ, so the blanks are runs of
     * spaces of different lengths.
     */
    private static String tickLabelBesideColorBar(double x, double xMax, double width) {
        if (x <= xMax + 1e-9 * width) {
            return NumberLabels.format(x);
        }
        return " ".repeat(1 + (int) Math.round((x - xMax) / width * 1000));
    }

    private static void addHeatMap(XYChart chart, Grid grid, Scale scale) {
        double[] xs = grid.xs();
        double[] ys = grid.ys();
        BufferedImage image = new BufferedImage(xs.length, ys.length, BufferedImage.TYPE_INT_ARGB);
        for (int r = 0; r < ys.length; r++) {
            for (int c = 0; c < xs.length; c++) {
                Color color = Style.lighter(new Color(MAP.argb(scale.fraction(grid.values()[r][c]))), WASH);
                image.setRGB(c, ys.length - 1 - r, color.getRGB());
            }
        }
        double halfX = (xs[1] - xs[0]) / 2;
        double halfY = (ys[1] - ys[0]) / 2;
        XYSeries series = chart.addSeries(HEAT_MAP, new double[] {(xs[0] + xs[xs.length - 1]) / 2},
                new double[] {(ys[0] + ys[ys.length - 1]) / 2});
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        series.setMarker(new ImageMarker(chart, image, xs[0] - halfX, xs[xs.length - 1] + halfX,
                ys[0] - halfY, ys[ys.length - 1] + halfY, true));
        series.setShowInLegend(false);
    }

    private static void addIsoLines(XYChart chart, Grid grid, double[] levelValues) {
        List<double[][]> lines = new ArrayList<>();
        int total = 0;
        for (double level : levelValues) {
            double[][] line = MarchingSquares.isoLine(grid, level);
            lines.add(line);
            total += line[0].length;
        }
        if (total == 0) {
            return;
        }
        double[] xs = new double[total];
        double[] ys = new double[total];
        int offset = 0;
        for (double[][] line : lines) {
            System.arraycopy(line[0], 0, xs, offset, line[0].length);
            System.arraycopy(line[1], 0, ys, offset, line[1].length);
            offset += line[0].length;
        }
        XYSeries series = chart.addSeries(ISO_LINES, xs, ys);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(Style.withAlpha(Style.INK, 0.6));
        series.setLineStyle(new BasicStroke(1.2f));
        series.setShowInLegend(false);
    }

    private static void addTrajectory(XYChart chart, Trajectory path, Color color) {
        XYSeries series = chart.addSeries(path.name(), path.xs(), path.ys());
        series.setMarker(SeriesMarkers.CIRCLE);
        series.setMarkerColor(color);
        series.setLineColor(color);
        series.setLineStyle(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    private ColorBar colorBarFor(Scale scale, double[] levelValues, double room) {
        double left = surface.xMax() + room * 0.15;
        double right = left + room * 0.18;
        int step = Math.max(1, (int) Math.ceil(levelValues.length / 7.0));
        List<Double> positions = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        positions.add(0.0);
        labels.add(NumberLabels.format(roundToRange(scale.min, scale.max - scale.min)));
        for (int i = step - 1; i < levelValues.length; i += step) {
            positions.add(scale.fraction(levelValues[i]));
            labels.add(NumberLabels.format(levelValues[i]));
        }
        positions.add(1.0);
        labels.add(NumberLabels.format(roundToRange(scale.max, scale.max - scale.min)));
        return new ColorBar(MAP, left, right, surface.yMin(), surface.yMax(),
                positions.stream().mapToDouble(Double::doubleValue).toArray(), labels.toArray(String[]::new));
    }

    /** {@code value} without the digits below a thousandth of {@code range}: 2.5e-5 on a range of 2500 is 0. */
    private static double roundToRange(double value, double range) {
        double unit = Math.pow(10, Math.floor(Math.log10(range)) - 3);
        return Math.round(value / unit) * unit;
    }

    /** Maps values to colour fractions in [0, 1], linearly or logarithmically above the minimum. */
    private static final class Scale {
        private final double min;
        private final double max;
        private final boolean log;
        private final double offset;

        Scale(double min, double max, boolean log) {
            if (!Double.isFinite(min) || !Double.isFinite(max)) {
                throw new IllegalArgumentException("the surface has no finite values in its region");
            }
            this.min = min;
            this.max = max == min ? min + 1 : max;
            this.log = log;
            this.offset = (this.max - min) * 1e-3;
        }

        double fraction(double value) {
            if (log) {
                return Math.log((value - min + offset) / offset) / Math.log((max - min + offset) / offset);
            }
            return (value - min) / (max - min);
        }

        double value(double fraction) {
            if (log) {
                return min - offset + offset * Math.pow((max - min + offset) / offset, fraction);
            }
            return min + fraction * (max - min);
        }

        /** {@code count} levels evenly spaced in colour between the ends, rounded to two significant digits. */
        double[] levels(int count) {
            double[] result = new double[count];
            for (int i = 0; i < count; i++) {
                double level = value((i + 1.0) / (count + 1));
                result[i] = level == 0 ? 0 : new BigDecimal(level).round(new MathContext(2)).doubleValue();
            }
            return result;
        }
    }
}
