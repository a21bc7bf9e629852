package org.dendrite.kernel.display;

import java.util.Base64;
import org.dendrite.plot.ChartImages;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * XChart charts as PNG drawn at twice their size and shown at their size (sharp on high-density
 * screens and slides), plus SVG when the kernel is configured for it.
 */
public final class ChartRenderer implements Renderer {

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
                .with("text/plain", chart.getClass().getSimpleName() + title + " (" + chart.getWidth() + "x" + chart.getHeight() + ")");
        if (withSvg) {
            bundle.with("image/svg+xml", ChartImages.svg(chart));
        }
        return bundle;
    }
}
