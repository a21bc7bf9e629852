package org.dendrite.kernel.display;

import org.dendrite.display.RichDisplay;
import org.dendrite.plot.Figure;
import org.dendrite.plot.Style;

/** Library types that describe their own representations, such as tensors and autograd graphs. */
public final class RichDisplayRenderer implements Renderer {

    @Override
    public boolean accepts(Object value) {
        return value instanceof RichDisplay;
    }

    @Override
    public MimeBundle render(Object value) {
        MimeBundle bundle = new MimeBundle();
        ((RichDisplay) value).mimeBundle().forEach(bundle::with);
        if (value instanceof Figure figure) {
            bundle.withMetadata(ChartRenderer.METADATA_SECTION, ChartRenderer.COURSE_STYLE,
                    figure.charts().stream().allMatch(Style::isApplied));
        }
        if (bundle.plainText() == null) {
            bundle.with("text/plain", value.toString());
        }
        return bundle;
    }
}
