package org.dendrite.kernel.display;

import java.util.Base64;
import org.dendrite.plot.ChartImages;
import org.dendrite.plot.Style;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * XChart charts as PNG drawn at twice their size and shown at their size (sharp on high-density
 * screens and slides), plus SVG when the kernel is configured for it. The output's metadata
 * says whether the chart has the course style ({@link #COURSE_STYLE}), which the notebook
 * tests check.
 */
public final class ChartRenderer implements Renderer {

    /** The metadata section and key, {@code "dendrite": {"course_style": true}}, set on every chart and figure. */
    public static final String METADATA_SECTION = "dendrite";
    /** See {@link #METADATA_SECTION}: false when a chart was built without {@link Style#apply}. */
    public static final String COURSE_STYLE = "course_style";
    private static final double PIXEL_DENSITY = 2;
    private final boolean withSvg;

    /** {@code withSvg} adds an {@code image/svg+xml} representation next to the PNG. */
    public ChartRenderer(boolean withSvg) {
        this.withSvg = withSvg;
    }

    @Override
    public boolean accepts(Object value) {
        return value instanceof Chart;
    }

    @Override
    public MimeBundle render(Object value) {
        Chart<?, ?> chart = (Chart<?, ?>) value;
        String title = chart.getTitle() == null || chart.getTitle().isEmpty() ? "" : " '" + chart.getTitle() + "'";
        MimeBundle bundle = new MimeBundle()
                .with("image/png", Base64.getEncoder().encodeToString(ChartImages.png(chart, PIXEL_DENSITY)))
                .withMetadata("image/png", "width", chart.getWidth())
                .withMetadata("image/png", "height", chart.getHeight())
                .with("text/plain", chart.getClass().getSimpleName() + title + " (" + chart.getWidth() + "x" + chart.getHeight() + ")")
                .withMetadata(METADATA_SECTION, COURSE_STYLE, Style.isApplied(chart));
        if (withSvg) {
            bundle.with("image/svg+xml", ChartImages.svg(chart));
        }
        return bundle;
    }
}
