package org.dendrite.scalar;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.dendrite.display.RichDisplay;

/**
 * The graph that computed a {@link Value}, drawn as SVG as on the cs231n slides: one box per
 * value (its name, {@code data -2.00} and {@code grad -4.00} on three lines), one oval per
 * operation, arrows from the inputs on the left to the output on the right. Forward values are
 * green, gradients red. A graph wider than a notebook's column wraps into bands, one below the
 * other (see {@link GraphLayout}), so that its 12 px text is shown at full size.
 *
 * <p>The drawing shows the values as they are when it is made, so show it again after
 * {@code backward()}. Numbers have 2 decimals; a magnitude below 0.01 gets 4 decimals, and one
 * below 0.0001 or from a million up is written like {@code 1.50e-07} (see {@link #format}).
 * No external program is needed: {@link GraphLayout} places the boxes.
 */
public final class ComputationGraph implements RichDisplay {

    /** Colour of forward values. */
    public static final String DATA_COLOUR = "#2e7d32";
    /** Colour of gradients. */
    public static final String GRAD_COLOUR = "#c62828";

    private static final double FONT_SIZE = 12;
    private static final double CHAR_WIDTH = 7.3;      // of the 12 px monospace font
    private static final double CELL_PADDING = 7;     // left and right of a cell's text
    private static final double LINE_HEIGHT = 16;     // of a cell; a box has room for three
    private static final double ARROW_HEAD = 7;

    private final Value root;

    ComputationGraph(Value root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    /** The value whose graph this is. */
    public Value root() {
        return root;
    }

    @Override
    public Map<String, String> mimeBundle() {
        return Map.of("text/plain", text(), "image/svg+xml", svg());
    }

    /** One line per value, inputs first: {@code q = +(x, y)  data 3.00  grad -4.00}. */
    public String text() {
        List<Value> values = root.topologicalOrder();
        Map<Value, String> names = new IdentityHashMap<>();
        for (Value v : values) {
            names.put(v, v.label().isEmpty() ? "#" + (names.size() + 1) : v.label());
        }
        StringBuilder text = new StringBuilder();
        for (Value v : values) {
            text.append(names.get(v));
            if (!v.children().isEmpty()) {
                text.append(" = ").append(v.op()).append('(')
                        .append(v.children().stream().map(names::get).collect(Collectors.joining(", ")))
                        .append(')');
            }
            text.append("  data ").append(format(v.data())).append("  grad ").append(format(v.grad())).append('\n');
        }
        return text.toString();
    }

    /** The drawing as an SVG document. */
    public String svg() {
        GraphLayout layout = new GraphLayout(root, v -> boxWidth(cells(v)));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\""
                + " height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" font-family=\"monospace\" font-size=\"%.0f\">%n",
                layout.width(), layout.height(), layout.width(), layout.height(), FONT_SIZE));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"white\"/>%n",
                layout.width(), layout.height()));
        for (Value v : layout.values()) {
            if (!v.children().isEmpty()) {
                drawOperation(svg, layout, v);
            }
        }
        for (Value v : layout.values()) {
            drawBox(svg, layout.box(v), cells(v));
        }
        return svg.append("</svg>\n").toString();
    }

    /** The drawing's text description, as {@link #text()}. */
    @Override
    public String toString() {
        return text();
    }

    /** One cell of a value's box: text and its colour. */
    private record Cell(String text, String colour) {
    }

    private static List<Cell> cells(Value v) {
        List<Cell> cells = new ArrayList<>();
        if (!v.label().isEmpty()) {
            cells.add(new Cell(v.label(), "black"));
        }
        cells.add(new Cell("data " + format(v.data()), DATA_COLOUR));
        cells.add(new Cell("grad " + format(v.grad()), GRAD_COLOUR));
        return cells;
    }

    private static double cellWidth(Cell cell) {
        return cell.text().length() * CHAR_WIDTH + 2 * CELL_PADDING;
    }

    private static double boxWidth(List<Cell> cells) {
        return cells.stream().mapToDouble(ComputationGraph::cellWidth).max().orElse(0);
    }

    /** A box with its cells one below the other, separated by thin lines, centred in its height. */
    private static void drawBox(StringBuilder svg, GraphLayout.Box box, List<Cell> cells) {
        svg.append(String.format(Locale.ROOT, "<rect class=\"value\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
                + " height=\"%.1f\" rx=\"3\" fill=\"white\" stroke=\"#555555\"/>%n",
                box.x(), box.y(), box.width(), GraphLayout.BOX_HEIGHT));
        double y = box.centreY() - cells.size() * LINE_HEIGHT / 2;
        for (Cell cell : cells) {
            if (cell != cells.get(0)) {
                svg.append(String.format(Locale.ROOT, "<line class=\"separator\" x1=\"%.1f\" y1=\"%.1f\""
                        + " x2=\"%.1f\" y2=\"%.1f\" stroke=\"#cccccc\"/>%n", box.x(), y, box.right(), y));
            }
            text(svg, box.x() + box.width() / 2, y + LINE_HEIGHT / 2, cell.text(), cell.colour());
            y += LINE_HEIGHT;
        }
    }

    /** The oval of the operation that made {@code v}, an arrow from each input to it and one on to {@code v}. */
    private static void drawOperation(StringBuilder svg, GraphLayout layout, Value v) {
        GraphLayout.Box box = layout.box(v);
        double cx = box.opX();
        double cy = box.centreY();
        double rx = Math.max(14, v.op().length() * CHAR_WIDTH / 2 + 8);
        for (Value child : v.children()) {
            arrow(svg, layout.route(child, v, cx - rx));
        }
        arrow(svg, List.of(new GraphLayout.Point(cx + rx, cy), new GraphLayout.Point(box.x(), cy)));
        svg.append(String.format(Locale.ROOT, "<ellipse class=\"op\" cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\""
                + " ry=\"13\" fill=\"#eeeeff\" stroke=\"#555555\"/>%n", cx, cy, rx));
        text(svg, cx, cy, v.op(), "black");
    }

    /**
     * A line through {@code path} with a filled triangle at its end: a {@code line} when it is
     * straight, a {@code polyline} when it bends.
     */
    private static void arrow(StringBuilder svg, List<GraphLayout.Point> path) {
        GraphLayout.Point from = path.get(path.size() - 2), to = path.get(path.size() - 1);
        double length = Math.hypot(to.x() - from.x(), to.y() - from.y());
        double ux = (to.x() - from.x()) / length;        // unit vector along the last segment
        double uy = (to.y() - from.y()) / length;
        double bx = to.x() - ARROW_HEAD * ux;            // middle of the triangle's base
        double by = to.y() - ARROW_HEAD * uy;
        double half = ARROW_HEAD / 2;
        if (path.size() == 2) {
            svg.append(String.format(Locale.ROOT, "<line class=\"edge\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\""
                    + " y2=\"%.1f\" stroke=\"#555555\"/>%n", from.x(), from.y(), bx, by));
        } else {
            StringBuilder points = new StringBuilder();
            for (GraphLayout.Point p : path.subList(0, path.size() - 1)) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", p.x(), p.y()));
            }
            svg.append(String.format(Locale.ROOT, "<polyline class=\"edge\" points=\"%s%.1f,%.1f\" fill=\"none\""
                    + " stroke=\"#555555\"/>%n", points, bx, by));
        }
        svg.append(String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"#555555\"/>%n",
                to.x(), to.y(), bx - half * uy, by + half * ux, bx + half * uy, by - half * ux));
    }

    private static void text(StringBuilder svg, double x, double y, String text, String colour) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\""
                + " dominant-baseline=\"central\" fill=\"%s\">%s</text>%n", x, y, colour, escapeXml(text)));
    }

    /**
     * A number for the drawing: 2 decimals ({@code -12.00}); 4 decimals for magnitudes below 0.01
     * ({@code 0.0012}); scientific notation below 0.0001 and from a million up ({@code 1.50e-07}).
     */
    static String format(double x) {
        double magnitude = Math.abs(x);
        if (x == 0) {
            return "0.00";                     // also for -0.0
        } else if (!Double.isFinite(x)) {
            return Double.toString(x);         // NaN, Infinity, -Infinity
        } else if (magnitude < 1e-4 || magnitude >= 1e6) {
            return String.format(Locale.ROOT, "%.2e", x);
        } else if (magnitude < 0.01) {
            return String.format(Locale.ROOT, "%.4f", x);
        }
        return String.format(Locale.ROOT, "%.2f", x);
    }

    /**
     * {@code text} safe inside an XML element or attribute: the five special characters as
     * entities, and control characters that XML 1.0 forbids as U+FFFD.
     */
    static String escapeXml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
