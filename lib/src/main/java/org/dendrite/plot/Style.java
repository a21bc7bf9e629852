package org.dendrite.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The one look of every Dendrite chart: matplotlib's ten-colour palette (familiar from the
 * slides), large sans-serif fonts that stay legible when a chart is shrunk onto a slide, white
 * background, light grid. Every chart factory in this package builds its chart through here.
 */
public final class Style {

    /** The default chart size in pixels; the kernel draws charts at twice this density. */
    public static final int WIDTH = 720;
    /** The default chart height in pixels. */
    public static final int HEIGHT = 480;

    /** matplotlib's "tab10": the colour of class or series i is {@code PALETTE[i % 10]}. */
    public static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf)};

    /** Chart titles. */
    public static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    /** Axis titles. */
    public static final Font AXIS_TITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
    /** Tick labels, legend entries and labels inside a plot. */
    public static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);

    /** Dark grey used for text, axes and iso-lines. */
    public static final Color INK = new Color(0x333333);
    /** The width of data lines in pixels. */
    public static final float LINE_WIDTH = 2.5f;
    /** The gap between a picture and its axes, in pixels. */
    static final int PICTURE_MARGIN = 6;
    /** The size of scatter markers in pixels. */
    public static final int MARKER_SIZE = 7;

    private Style() {
    }

    /** The palette colour of series or class {@code index}. */
    public static Color color(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }

    /** {@code color} mixed with white: {@code amount} 0 keeps it, 1 gives white. */
    public static Color lighter(Color color, double amount) {
        return new Color(mix(color.getRed(), amount), mix(color.getGreen(), amount), mix(color.getBlue(), amount));
    }

    /** {@code color} with opacity {@code alpha} in [0, 1]. */
    public static Color withAlpha(Color color, double alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), (int) Math.round(255 * alpha));
    }

    /** A styled line chart of the default size with a title and axis titles. */
    public static XYChart xyChart(String title, String xTitle, String yTitle) {
        return xyChart(title, xTitle, yTitle, WIDTH, HEIGHT);
    }

    /** A styled line chart of {@code width} by {@code height} pixels. */
    public static XYChart xyChart(String title, String xTitle, String yTitle, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height)
                .title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        apply(chart.getStyler());
        return chart;
    }

    /** A styled heat map chart (category axes, one series) of {@code width} by {@code height}. */
    public static HeatMapChart heatMapChart(String title, String xTitle, String yTitle, int width, int height) {
        HeatMapChart chart = new HeatMapChartBuilder().width(width).height(height)
                .title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        apply(chart.getStyler());
        return chart;
    }

    /**
     * An XYChart that is a picture rather than a graph (heat maps, class regions, image
     * grids): the data fill the plot area to its edges, without grid lines.
     */
    public static XYChart pictureChart(String title, String xTitle, String yTitle, int width, int height) {
        XYChart chart = xyChart(title, xTitle, yTitle, width, height);
        chart.getStyler().setPlotContentSize(1.0);
        chart.getStyler().setPlotGridLinesVisible(false);
        // With no margin XChart lets the x tick labels reach a few pixels into the plot, where a picture covers them.
        chart.getStyler().setPlotMargin(PICTURE_MARGIN);
        return chart;
    }

    /** Applies the Dendrite look to any XChart styler; axis settings when it has axes. */
    public static void apply(Styler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setChartFontColor(INK);
        styler.setChartTitleFont(TITLE_FONT);
        styler.setChartTitleBoxVisible(false);
        styler.setChartPadding(12);
        styler.setPlotBorderColor(new Color(0xbbbbbb));
        styler.setSeriesColors(PALETTE);
        styler.setSeriesLines(new BasicStroke[] {new BasicStroke(LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)});
        styler.setSeriesMarkers(new Marker[] {SeriesMarkers.CIRCLE});
        styler.setMarkerSize(MARKER_SIZE);
        styler.setLegendFont(LABEL_FONT);
        styler.setLegendBorderColor(new Color(0xdddddd));
        styler.setLegendBackgroundColor(withAlpha(Color.WHITE, 0.85));
        styler.setAnnotationTextFont(LABEL_FONT);
        styler.setAnnotationTextFontColor(INK);
        styler.setToolTipsEnabled(false);
        styler.setAntiAlias(true);
        if (styler instanceof AxesChartStyler axes) {
            axes.setAxisTitleFont(AXIS_TITLE_FONT);
            axes.setAxisTickLabelsFont(LABEL_FONT);
            axes.setAxisTickLabelsColor(INK);
            axes.setAxisTickMarksColor(INK);
            axes.setPlotGridLinesColor(new Color(0xe6e6e6));
            axes.setPlotGridLinesStroke(new BasicStroke(1f));
            axes.setAxisTitlePadding(8);
            axes.setPlotMargin(0);
        }
        if (styler instanceof XYStyler xy) {
            xy.setxAxisTickLabelsFormattingFunction(NumberLabels::format);
            xy.setyAxisTickLabelsFormattingFunction(NumberLabels::format);
        }
    }

    /**
     * Whether {@code chart} has the course look that {@link #apply} gives: its fonts, palette
     * and white background. The kernel reports charts without it, and the notebook tests fail
     * on them, so that no chart of the course is drawn in XChart's own grey theme.
     */
    public static boolean isApplied(Chart<?, ?> chart) {
        Styler styler = chart.getStyler();
        Color[] colors = styler.getSeriesColors();
        return TITLE_FONT.equals(styler.getChartTitleFont())
                && Color.WHITE.equals(styler.getPlotBackgroundColor())
                && colors != null && colors.length > 0 && PALETTE[0].equals(colors[0])
                && (!(styler instanceof AxesChartStyler axes) || LABEL_FONT.equals(axes.getAxisTickLabelsFont()));
    }

    private static int mix(int channel, double amount) {
        return (int) Math.round(channel + (255 - channel) * amount);
    }
}
