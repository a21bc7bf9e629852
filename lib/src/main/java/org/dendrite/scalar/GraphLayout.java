package org.dendrite.scalar;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Where each value's box goes when a {@link ComputationGraph} is drawn: data flows left to right.
 *
 * <p>Columns: a computed value sits in column d, where d is the longest path from the inputs
 * to it; an input sits just left of the first operation that uses it, so a constant such as the
 * 1 in 1 + e^-x appears next to its gate rather than far away on the left. Each operation's oval
 * sits in the gap left of its result's box.
 *
 * <p>Bands: a graph wider than {@link #MAX_WIDTH} wraps like a line of text. The columns fill a
 * band left to right until the next one would not fit; the following columns start a new band
 * below, indented by one gap so that their first ovals have room. An arrow from a value in one
 * band to an operation in a later one runs right to the margin, down between the bands, left
 * to the indent and into the oval (see {@link #route}).
 *
 * <p>Rows: each band's columns are filled left to right, each top to bottom in the order the
 * values were computed. A computed value wants the average height of its inputs in the same
 * band; an input takes the next free row. A box never moves up into the row above, so boxes in
 * a column cannot overlap.
 */
final class GraphLayout {

    /** The widest a drawing gets before it wraps: it then shows at full size in a notebook's column and on a slide. */
    static final double MAX_WIDTH = 880;
    /** Height of a value's box: three lines (name, data, grad). */
    static final double BOX_HEIGHT = 54;
    /** Distance between the centres of two boxes in one column. */
    static final double ROW_SPACING = 70;
    /** Room between two columns for an operation's oval and the arrows on both sides of it. */
    static final double COLUMN_GAP = 80;
    /** Empty border around the drawing. */
    static final double MARGIN = 12;
    /** Room beside and between the bands for the arrows that go from one band to a later one. */
    static final double GUTTER = 30;

    /** A value's box: its top-left corner, width and the band it is in. */
    record Box(double x, double y, double width, int band) {

        double right() {
            return x + width;
        }

        double centreY() {
            return y + BOX_HEIGHT / 2;
        }

        /** The centre of the oval of the operation that made this value. */
        double opX() {
            return x - COLUMN_GAP / 2;
        }
    }

    /** A point of an arrow's path. */
    record Point(double x, double y) {
    }

    private final List<Value> values;
    private final Map<Value, Box> boxes = new IdentityHashMap<>();
    private final double[] bandBottom;
    private final double contentRight;
    private final double width;
    private final double height;
    private final Map<Value, Map<Value, Integer>> laneOf = new IdentityHashMap<>();   // result -> input -> lane
    private final double lane;          // distance between two arrows that run side by side in a gutter

    /** Lays out the graph below {@code root}; {@code boxWidth} gives each value's box width. */
    GraphLayout(Value root, ToDoubleFunction<Value> boxWidth) {
        values = root.topologicalOrder();
        List<List<Value>> columns = columns(values);

        double[] left = new double[columns.size()];
        int[] band = new int[columns.size()];
        double x = MARGIN;
        for (int c = 0; c < columns.size(); c++) {
            double columnWidth = columns.get(c).stream().mapToDouble(boxWidth).max().orElse(0);
            boolean full = c > 0 && x + columnWidth > MAX_WIDTH - MARGIN - GUTTER;
            band[c] = c == 0 ? 0 : band[c - 1] + (full ? 1 : 0);
            if (full) {
                x = MARGIN + GUTTER + COLUMN_GAP;
            }
            left[c] = x;
            x += columnWidth + COLUMN_GAP;
        }
        int bands = columns.isEmpty() ? 1 : band[columns.size() - 1] + 1;

        bandBottom = new double[bands];
        double bandTop = MARGIN;
        double right = 0;
        for (int b = 0; b < bands; b++) {
            double lowest = bandTop;
            Map<Value, Double> centreY = new IdentityHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                if (band[c] != b) {
                    continue;
                }
                placeRows(columns.get(c), bandTop, centreY);
                for (Value v : columns.get(c)) {
                    Box box = new Box(left[c], centreY.get(v) - BOX_HEIGHT / 2, boxWidth.applyAsDouble(v), b);
                    boxes.put(v, box);
                    lowest = Math.max(lowest, box.y() + BOX_HEIGHT);
                    right = Math.max(right, box.right());
                }
            }
            bandBottom[b] = lowest;
            bandTop = lowest + GUTTER;
        }
        contentRight = right;
        width = right + (bands > 1 ? GUTTER : 0) + MARGIN;
        height = bandBottom[bands - 1] + MARGIN;
        lane = GUTTER / (numberCrossings() + 1);
    }

    /** The values of the graph, each after its inputs (the root last). */
    List<Value> values() {
        return values;
    }

    /** Where {@code value}'s box goes. */
    Box box(Value value) {
        return boxes.get(value);
    }

    /** Width of the whole drawing. */
    double width() {
        return width;
    }

    /** Height of the whole drawing. */
    double height() {
        return height;
    }

    /**
     * The path of the arrow from {@code input}'s box to the oval (left end at {@code opLeft}) of
     * the operation that made {@code result}: a straight line within a band; from one band to a
     * later one, right along the input's row to the right gutter, down into the gap above the
     * result's band, left to the left gutter, down to the oval's row and right into it. Each
     * such arrow gets its own lane in the gutters.
     */
    List<Point> route(Value input, Value result, double opLeft) {
        Box from = box(input), to = box(result);
        if (from.band() == to.band()) {
            return List.of(new Point(from.right(), from.centreY()), new Point(opLeft, to.centreY()));
        }
        double offset = lane * laneOf.get(result).get(input);
        double rightLane = contentRight + offset;
        double gapY = bandBottom[to.band() - 1] + offset;
        double leftLane = MARGIN + offset;
        return List.of(new Point(from.right(), from.centreY()), new Point(rightLane, from.centreY()),
                new Point(rightLane, gapY), new Point(leftLane, gapY),
                new Point(leftLane, to.centreY()), new Point(opLeft, to.centreY()));
    }

    /** Gives each arrow from one band to a later one its lane (1, 2, ...); returns how many there are. */
    private int numberCrossings() {
        int count = 0;
        for (Value v : values) {
            for (Value child : v.children()) {
                if (box(child).band() != box(v).band()) {
                    laneOf.computeIfAbsent(v, k -> new IdentityHashMap<>()).put(child, ++count);
                }
            }
        }
        return count;
    }

    /** The values of each column, left to right, in computation order. */
    private static List<List<Value>> columns(List<Value> values) {
        Map<Value, Integer> column = new IdentityHashMap<>();
        for (Value v : values) {                                  // inputs come before their users
            int depth = 0;
            for (Value child : v.children()) {
                depth = Math.max(depth, column.get(child) + 1);
            }
            column.put(v, depth);                                 // longest path from the inputs
        }
        Map<Value, Integer> firstUse = new IdentityHashMap<>();
        for (Value v : values) {
            for (Value child : v.children()) {
                if (child.children().isEmpty()) {
                    firstUse.merge(child, column.get(v), Math::min);
                }
            }
        }
        firstUse.forEach((input, user) -> column.put(input, user - 1));   // just left of its first user

        List<List<Value>> columns = new ArrayList<>();
        for (Value v : values) {
            int c = column.get(v);
            while (columns.size() <= c) {
                columns.add(new ArrayList<>());
            }
            columns.get(c).add(v);
        }
        return columns;
    }

    /** The centre height of each box of one column of a band whose top is at {@code top} (see the class comment). */
    private static void placeRows(List<Value> column, double top, Map<Value, Double> centreY) {
        double nextFree = top + BOX_HEIGHT / 2;
        for (Value v : column) {
            double wanted = v.children().stream().filter(centreY::containsKey)
                    .mapToDouble(centreY::get).average().orElse(nextFree);
            double y = Math.max(wanted, nextFree);
            centreY.put(v, y);
            nextFree = y + ROW_SPACING;
        }
    }
}
