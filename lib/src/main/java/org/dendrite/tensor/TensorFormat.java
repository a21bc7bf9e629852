package org.dendrite.tensor;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.dendrite.tensor.backend.Shapes;

/**
 * How tensors print: like PyTorch ({@code tensor([[1., 2.], [3., 4.]])}, int64 as
 * {@code tensor([2, 0])}, bool as {@code tensor([True, False])}), with the middle of
 * long dimensions elided, and as an HTML table for vectors and matrices in a notebook.
 */
final class TensorFormat {

    private static final int ELIDE_ABOVE_ELEMENTS = 1000;
    private static final int EDGE_ITEMS = 3;
    private static final int HTML_EDGE = 10;

    private TensorFormat() {
    }

    static String text(Tensor t) {
        double[] values = t.toDoubleArray();
        long[] shape = t.storage().shape();
        NumberStyle style = NumberStyle.of(values, t.dtype());
        boolean elide = values.length > ELIDE_ABOVE_ELEMENTS;
        String prefix = "tensor(";
        StringBuilder out = new StringBuilder(prefix);
        if (shape.length == 0) {
            out.append(style.format(values[0]).strip());
        } else {
            appendDim(out, values, shape, 0, 0, style, elide, prefix.length());
        }
        if (t.device().isCuda()) {
            out.append(", device='").append(t.device()).append('\'');
        }
        if (t.dtype() == DType.FLOAT64) {
            out.append(", dtype=float64");
        }
        if (t.gradFnName() != null) {
            out.append(", gradFn=").append(t.gradFnName());
        } else if (t.requiresGrad()) {
            out.append(", requiresGrad=true");
        }
        return out.append(')').toString();
    }

    private static void appendDim(StringBuilder out, double[] values, long[] shape, int dim, long offset,
                                  NumberStyle style, boolean elide, int indent) {
        long stride = 1;
        for (int d = dim + 1; d < shape.length; d++) {
            stride *= shape[d];
        }
        out.append('[');
        long size = shape[dim];
        boolean cut = elide && size > 2 * EDGE_ITEMS;
        String separator = dim == shape.length - 1 ? ", " : "," + "\n".repeat(shape.length - dim - 1) + " ".repeat(indent + dim + 1);
        for (long i = 0; i < size; i++) {
            if (cut && i == EDGE_ITEMS) {
                out.append("...").append(separator);
                i = size - EDGE_ITEMS;
            }
            if (dim == shape.length - 1) {
                out.append(style.format(values[(int) (offset + i)]));
            } else {
                appendDim(out, values, shape, dim + 1, offset + i * stride, style, elide, indent);
            }
            if (i < size - 1) {
                out.append(separator);
            }
        }
        out.append(']');
    }

    static Map<String, String> mimeBundle(Tensor t) {
        Map<String, String> bundle = new LinkedHashMap<>();
        bundle.put("text/plain", t.toString());
        int[] shape = t.shape();
        if (shape.length == 1 || shape.length == 2) {
            bundle.put("text/html", html(t, shape));
        }
        return bundle;
    }

    private static String html(Tensor t, int[] shape) {
        double[] values = t.toDoubleArray();
        NumberStyle style = NumberStyle.of(values, t.dtype());
        int rows = shape.length == 1 ? 1 : shape[0];
        int columns = shape[shape.length - 1];
        StringBuilder html = new StringBuilder("<table style=\"font-family: monospace\"><caption>tensor ")
                .append(Shapes.format(t.storage().shape())).append(' ').append(t.dtype());
        if (t.gradFnName() != null) {
            html.append(", gradFn=").append(t.gradFnName());
        }
        html.append("</caption>");
        for (int r = 0; r < rows; r++) {
            if (rows > 2 * HTML_EDGE && r == HTML_EDGE) {
                html.append("<tr><td colspan=\"").append(Math.min(columns, 2 * HTML_EDGE + 1)).append("\">⋮</td></tr>");
                r = rows - HTML_EDGE;
            }
            html.append("<tr>");
            for (int c = 0; c < columns; c++) {
                if (columns > 2 * HTML_EDGE && c == HTML_EDGE) {
                    html.append("<td>…</td>");
                    c = columns - HTML_EDGE;
                }
                html.append("<td style=\"text-align: right\">").append(style.format(values[r * columns + c]).strip()).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</table>").toString();
    }

    /** One number format for a whole tensor, chosen as PyTorch does: integers, fixed or scientific. */
    private record NumberStyle(String pattern, int width) {

        private static final String BOOL = "bool";

        static NumberStyle of(double[] values, DType dtype) {
            if (!dtype.isFloatingPoint()) {
                return widest(dtype == DType.BOOL ? BOOL : "%.0f", values);
            }
            boolean integers = true;
            double maxAbs = 0;
            double minAbs = Double.MAX_VALUE;
            for (double v : values) {
                if (!Double.isFinite(v)) {
                    continue;
                }
                integers &= v == Math.rint(v);
                maxAbs = Math.max(maxAbs, Math.abs(v));
                if (v != 0) {
                    minAbs = Math.min(minAbs, Math.abs(v));
                }
            }
            String pattern = integers && maxAbs < 1e8 ? "%.0f."
                    : maxAbs >= 1e8 || (minAbs < 1e-4 && maxAbs / minAbs > 1e3) ? "%.4e" : "%.4f";
            return widest(pattern, values);
        }

        private static NumberStyle widest(String pattern, double[] values) {
            int width = 0;
            for (double v : values) {
                width = Math.max(width, raw(pattern, v).length());
            }
            return new NumberStyle(pattern, width);
        }

        String format(double v) {
            String text = raw(pattern, v);
            return " ".repeat(Math.max(0, width - text.length())) + text;
        }

        private static String raw(String pattern, double v) {
            if (pattern.equals(BOOL)) {
                return v != 0 ? "True" : "False";
            }
            if (Double.isNaN(v)) {
                return "nan";
            }
            if (Double.isInfinite(v)) {
                return v > 0 ? "inf" : "-inf";
            }
            return String.format(Locale.ROOT, pattern, v);
        }
    }
}
