package org.dendrite.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dendrite.InputChecks;
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
 * squares, the known minima, optimizer paths on top, and a colour bar with round ticks. XChart
 * has no contour chart, so all of it is one {@link XYChart}: the heat map is an image under the
 * series (an {@link ImageMarker}), the iso-lines one line series with breaks, each path a series
 * of its own. Both axes have the same scale, so that a round bowl looks round: the region is
 * widened along one axis to fill the plot. Path {@code i} has palette colour {@code i}, as series
 * {@code i} of any other chart, so a run keeps its colour from one chart to the next.
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
    /** The name of the series that marks the surface's minima. */
    public static final String MINIMA = "minima";
    /** The prefix of the white lines drawn under each path so that it stands out on any colour. */
    static final String HALO = "halo: ";

    private static final ColorMap MAP = ColorMap.VIRIDIS;
    private static final int SLICE_SAMPLES = 401;
    /** How many characters of path names fit in one legend row under a chart of the default width. */
    private static final int LEGEND_ROW_CHARACTERS = 70;
    /** Paths with more points than this are drawn as lines only: their markers would hide each other. */
    private static final int MARKED_POINTS = 40;
    /** The room for the colour bar and its labels, in widths of the surface's region. */
    private static final double COLOR_BAR_ROOM = 0.24;

    private final Surface surface;
    private final List<Trajectory> trajectories = new ArrayList<>();
    private int resolution = 200;
    private int levels = 12;
    private boolean logScale;
    private boolean colorBar = true;
    private String colorBarTitle = "f(x, y)";

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

    /** The colour bar's title, what the colours measure (default {@code "f(x, y)"}). */
    public LossSurfacePlot colorBarTitle(String title) {
        if (title == null) {
            throw new IllegalArgumentException("colorBarTitle is null; give \"\" for none");
        }
        this.colorBarTitle = title;
        return this;
    }

    /** Adds an optimizer path in the next palette colour; the first path added is drawn on top. */
    public LossSurfacePlot add(Trajectory path) {
        if (path == null) {
            throw new IllegalArgumentException("trajectory is null");
        }
        trajectories.add(path);
        return this;
    }

    /** The chart. */
    public XYChart build() {
        double roomShare = colorBar ? COLOR_BAR_ROOM : 0;
        Surface shown = surface.region(surface.xMin(), surface.xMax(), surface.yMin(), surface.yMax());
        for (int fit = 0; fit < 3; fit++) {
            shown = equalScales(shown, probe(shown, roomShare));
        }
        XYChart chart = emptyChart(shown, roomShare);
        Grid grid = shown.grid(resolution, resolution);
        Scale scale = new Scale(grid.min(), grid.max(), logScale);
        addHeatMap(chart, grid, scale);
        addIsoLines(chart, grid, scale.levels(levels));
        addOverlays(chart, shown);
        if (colorBar) {
            chart.addAnnotation(colorBarFor(shown, scale, roomShare * (shown.xMax() - shown.xMin())));
        }
        return chart;
    }

    /** The chart with its titles, axes and legend but no data yet, showing {@code shown}'s region. */
    private XYChart emptyChart(Surface shown, double roomShare) {
        double width = shown.xMax() - shown.xMin();
        XYChart chart = Style.pictureChart(surface.name(), "x", "y", Style.WIDTH, Style.HEIGHT);
        XYStyler styler = chart.getStyler();
        styler.setXAxisMin(shown.xMin());
        styler.setXAxisMax(shown.xMax() + roomShare * width);
        styler.setYAxisMin(shown.yMin());
        styler.setYAxisMax(shown.yMax());
        // One row of names under the plot while they fit, else a column beside it.
        int nameLength = trajectories.stream().mapToInt(path -> path.name().length() + 6).sum()
                + (surface.minima().isEmpty() ? 0 : MINIMA.length() + 6);
        boolean oneRow = nameLength <= LEGEND_ROW_CHARACTERS;
        styler.setLegendPosition(oneRow ? LegendPosition.OutsideS : LegendPosition.OutsideE);
        styler.setLegendLayout(oneRow ? LegendLayout.Horizontal : LegendLayout.Vertical);
        styler.setLegendVisible(!trajectories.isEmpty() || !surface.minima().isEmpty());
        styler.setxAxisTickLabelsFormattingFunction(x -> tickLabelBesideColorBar(x, shown.xMax(), width));
        return chart;
    }

    /** {@link #emptyChart} with the minima and paths, so that the legend takes its final room. */
    private XYChart probe(Surface shown, double roomShare) {
        XYChart chart = emptyChart(shown, roomShare);
        // Line breaks (NaN) as in the iso-lines change how XChart lays out the y axis.
        XYSeries breaks = chart.addSeries(ISO_LINES, new double[] {shown.xMin(), Double.NaN, shown.xMin()},
                new double[] {shown.yMin(), Double.NaN, shown.yMin()});
        breaks.setShowInLegend(false);
        addOverlays(chart, shown);
        return chart;
    }

    private void addOverlays(XYChart chart, Surface shown) {
        addMinima(chart, shown);
        // The last path added is drawn first, so the first one stays visible where paths overlap.
        for (int i = trajectories.size() - 1; i >= 0; i--) {
            addTrajectory(chart, trajectories.get(i), Style.color(i));
        }
    }

    /**
     * {@code shown}'s region widened along x or y, about its centre, so that a unit on either
     * axis takes as many pixels in {@code probe}'s plot area.
     */
    private static Surface equalScales(Surface shown, XYChart probe) {
        BufferedImage scratch = new BufferedImage(probe.getWidth(), probe.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scratch.createGraphics();
        try {
            probe.paint(g, probe.getWidth(), probe.getHeight());
        } finally {
            g.dispose();
        }
        double xPixels = probe.getScreenXFromChart(shown.xMax()) - probe.getScreenXFromChart(shown.xMin());
        double yPixels = probe.getScreenYFromChart(shown.yMin()) - probe.getScreenYFromChart(shown.yMax());
        double xUnits = shown.xMax() - shown.xMin();
        double yUnits = shown.yMax() - shown.yMin();
        double xScale = xPixels / xUnits;
        double yScale = yPixels / yUnits;
        if (xScale > yScale) {
            double half = xPixels / yScale / 2;
            double centre = (shown.xMin() + shown.xMax()) / 2;
            return shown.region(centre - half, centre + half, shown.yMin(), shown.yMax());
        }
        double half = yPixels / xScale / 2;
        double centre = (shown.yMin() + shown.yMax()) / 2;
        return shown.region(shown.xMin(), shown.xMax(), centre - half, centre + half);
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
                image.setRGB(c, ys.length - 1 - r, MAP.argb(scale.fraction(grid.values()[r][c])));
            }
        }
        XYSeries series = chart.addSeries(HEAT_MAP, new double[] {(xs[0] + xs[xs.length - 1]) / 2},
                new double[] {(ys[0] + ys[ys.length - 1]) / 2});
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        series.setMarker(new ImageMarker(chart, image, xs[0], xs[xs.length - 1], ys[0], ys[ys.length - 1], true));
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

    private void addMinima(XYChart chart, Surface shown) {
        List<double[]> minima = shown.minima();
        if (minima.isEmpty()) {
            return;
        }
        XYSeries series = chart.addSeries(MINIMA, minima.stream().mapToDouble(m -> m[0]).toArray(),
                minima.stream().mapToDouble(m -> m[1]).toArray());
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        series.setMarker(new MinimumMarker());
        series.setMarkerColor(Color.WHITE);
    }

    /** The path as a line in {@code color} over a wider white one; markers on its points when they are few. */
    private static void addTrajectory(XYChart chart, Trajectory path, Color color) {
        XYSeries halo = chart.addSeries(HALO + path.name(), path.xs(), path.ys());
        halo.setMarker(SeriesMarkers.NONE);
        halo.setLineColor(Style.withAlpha(Color.WHITE, 0.8));
        halo.setLineStyle(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        halo.setShowInLegend(false);
        XYSeries series = chart.addSeries(path.name(), path.xs(), path.ys());
        series.setMarker(path.size() <= MARKED_POINTS ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        series.setMarkerColor(color);
        series.setLineColor(color);
        series.setLineStyle(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    private ColorBar colorBarFor(Surface shown, Scale scale, double room) {
        double left = shown.xMax() + room * 0.12;
        double right = left + room * 0.16;
        double height = shown.yMax() - shown.yMin();
        double[] ticks = scale.ticks();
        String[] labels = Arrays.stream(ticks).mapToObj(NumberLabels::format).toArray(String[]::new);
        double[] positions = Arrays.stream(ticks).map(scale::fraction).toArray();
        return new ColorBar(MAP, colorBarTitle, left, right, shown.yMin(), shown.yMax() - 0.12 * height, positions, labels);
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

        /**
         * Round values to label the colour bar with: multiples of 1, 2 or 5 times a power of ten
         * on a linear scale; powers of ten on a log scale (with 2 and 5 times them when the
         * range spans less than three decades), and the bottom end, rounded.
         */
        double[] ticks() {
            List<Double> ticks = new ArrayList<>();
            addIfApart(ticks, roundToRange(min, max - min));
            if (!log) {
                double step = niceStep((max - min) / 5);
                for (double t = Math.ceil(min / step) * step; t <= max + 1e-9 * step; t += step) {
                    addIfApart(ticks, Math.abs(t) < 1e-9 * step ? 0 : t);
                }
                return ticks.stream().mapToDouble(Double::doubleValue).toArray();
            }
            int from = (int) Math.floor(Math.log10(offset));
            int to = (int) Math.ceil(Math.log10(max - min + offset));
            boolean fewDecades = to - from < 4;
            for (int k = from; k <= to; k++) {
                for (int m : fewDecades ? new int[] {1, 2, 5} : new int[] {1}) {
                    double t = m * Math.pow(10, k);
                    if (t > min && t <= max) {
                        addIfApart(ticks, new BigDecimal(t).round(new MathContext(1)).doubleValue());
                    }
                }
            }
            return ticks.stream().mapToDouble(Double::doubleValue).toArray();
        }

        /** Adds {@code value} unless it lies within 7% of the bar from the last tick. */
        private void addIfApart(List<Double> ticks, double value) {
            if (ticks.isEmpty() || fraction(value) - fraction(ticks.get(ticks.size() - 1)) >= 0.07) {
                ticks.add(value);
            }
        }

        private static double niceStep(double rough) {
            double power = Math.pow(10, Math.floor(Math.log10(rough)));
            double mantissa = rough / power;
            return (mantissa < 1.5 ? 1 : mantissa < 3.5 ? 2 : mantissa < 7.5 ? 5 : 10) * power;
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
