package org.dendrite.kernel.display;

import com.google.gson.JsonParser;
import org.dendrite.display.RichDisplay;
import org.dendrite.plot.Figure;
import org.dendrite.plot.Style;

/**
 * Library types that describe their own representations, such as tensors, autograd graphs and
 * widgets. JSON types ({@code application/json}, {@code application/vnd.jupyter.widget-view+json})
 * are given as JSON text and sent as JSON values, as front-ends read them.
 */
public final class RichDisplayRenderer implements Renderer {

    private static boolean isJson(String mimeType) {
        return mimeType.equals("application/json") || mimeType.endsWith("+json");
    }

    @Override
    public boolean accepts(Object value) {
        return value instanceof RichDisplay;
    }

    @Override
    public MimeBundle render(Object value) {
        MimeBundle bundle = new MimeBundle();
        ((RichDisplay) value).mimeBundle().forEach((mimeType, content) -> {
            if (isJson(mimeType)) {
                bundle.withJson(mimeType, JsonParser.parseString(content));
            } else {
                bundle.with(mimeType, content);
            }
        });
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
