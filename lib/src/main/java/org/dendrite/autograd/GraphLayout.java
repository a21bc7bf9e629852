package org.dendrite.autograd;

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
 * <p>Rows: the columns are filled left to right, each top to bottom in the order the values were
 * computed. A computed value wants the average height of its inputs; an input takes the next free
 * row. A box never moves up into the row above, so boxes in a column cannot overlap.
 */
final class GraphLayout {

    /** Height of a value's box. */
    static final double BOX_HEIGHT = 28;
    /** Distance between the centres of two boxes in one column. */
    static final double ROW_SPACING = 44;
    /** Room between two columns for an operation's oval and the arrows on both sides of it. */
    static final double COLUMN_GAP = 90;
    /** Empty border around the drawing. */
    static final double MARGIN = 12;

    /** A value's box: its top-left corner and width. */
    record Box(double x, double y, double width) {

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

    private final List<Value> values;
    private final Map<Value, Box> boxes = new IdentityHashMap<>();
    private final double width;
    private final double height;

    /** Lays out the graph below {@code root}; {@code boxWidth} gives each value's box width. */
    GraphLayout(Value root, ToDoubleFunction<Value> boxWidth) {
        values = root.topologicalOrder();
        List<List<Value>> columns = columns(values);

        double[] left = new double[columns.size()];
        double x = MARGIN;
        for (int c = 0; c < columns.size(); c++) {
            left[c] = x;
            x += columns.get(c).stream().mapToDouble(boxWidth).max().orElse(0) + COLUMN_GAP;
        }
        width = x - COLUMN_GAP + MARGIN;

        Map<Value, Double> centreY = rows(columns);
        double lowest = 0;
        for (int c = 0; c < columns.size(); c++) {
            for (Value v : columns.get(c)) {
                Box box = new Box(left[c], centreY.get(v) - BOX_HEIGHT / 2, boxWidth.applyAsDouble(v));
                boxes.put(v, box);
                lowest = Math.max(lowest, box.y() + BOX_HEIGHT);
            }
        }
        height = lowest + MARGIN;
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

    /** The centre height of each box, column by column (see the class comment). */
    private static Map<Value, Double> rows(List<List<Value>> columns) {
        Map<Value, Double> centreY = new IdentityHashMap<>();
        for (List<Value> column : columns) {
            double nextFree = MARGIN + BOX_HEIGHT / 2;
            for (Value v : column) {
                double wanted = v.children().stream().mapToDouble(centreY::get).average().orElse(nextFree);
                double y = Math.max(wanted, nextFree);
                centreY.put(v, y);
                nextFree = y + ROW_SPACING;
            }
        }
        return centreY;
    }
}
