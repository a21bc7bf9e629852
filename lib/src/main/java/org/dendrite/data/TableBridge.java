package org.dendrite.data;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.Tensor;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Between data sets and Tablesaw tables: a data set's first rows as a table (to look at, or to
 * write as CSV), and a numeric table (such as a CSV file read by Tablesaw) as a data set.
 */
final class TableBridge {

    private TableBridge() {
    }

    /**
     * The first {@code maxRows} examples: one column per input value ({@code x0, x1, ...}, after
     * the transforms), then {@code label} (class index) or the regression targets ({@code y} or
     * {@code y0, y1, ...}).
     */
    static Table toTable(Dataset dataset, int maxRows) {
        if (maxRows < 0) {
            throw new IllegalArgumentException("toTable: maxRows must be at least 0, got " + maxRows);
        }
        int rows = Math.min(maxRows, dataset.size());
        Dataset head = dataset.slice(0, rows);
        float[] inputs = head.inputs().toFloatArray();
        int width = Sizes.numel(dataset.inputShape());
        List<Column<?>> columns = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            double[] values = new double[rows];
            for (int i = 0; i < rows; i++) {
                values[i] = shortest(inputs[i * width + j]);
            }
            columns.add(DoubleColumn.create("x" + j, values));
        }
        if (!dataset.classNames().isEmpty()) {
            int[] labels = new int[rows];
            for (int i = 0; i < rows; i++) {
                labels[i] = head.label(i);
            }
            columns.add(IntColumn.create("label", labels));
        } else {
            float[] targets = head.targets().toFloatArray();
            int size = Sizes.numel(dataset.targetShape());
            for (int j = 0; j < size; j++) {
                double[] values = new double[rows];
                for (int i = 0; i < rows; i++) {
                    values[i] = shortest(targets[i * size + j]);
                }
                columns.add(DoubleColumn.create(size == 1 ? "y" : "y" + j, values));
            }
        }
        return Table.create(dataset.name(), columns.toArray(new Column<?>[0]));
    }

    /** The double that prints as the float does: 0.1f as 0.1, not 0.10000000149011612. */
    private static double shortest(float value) {
        return Double.parseDouble(Float.toString(value));
    }

    /** A data set from {@code table}: {@code target} is the target column, every other column an input. */
    static Dataset toDataset(Table table, String target) {
        if (!table.columnNames().contains(target)) {
            throw new IllegalArgumentException("fromTable: table " + table.name() + " has no column " + target
                    + "; its columns are " + table.columnNames());
        }
        int n = table.rowCount();
        List<Column<?>> features = new ArrayList<>(table.columns());
        features.removeIf(c -> c.name().equals(target));
        double[] inputs = new double[n * features.size()];
        for (int j = 0; j < features.size(); j++) {
            NumericColumn<?> column = numeric(features.get(j), table);
            for (int i = 0; i < n; i++) {
                inputs[i * features.size() + j] = value(column, i, table);
            }
        }
        Tensor x = Tensor.of(inputs, n, features.size());
        Column<?> y = table.column(target);
        String name = table.name() == null ? "table" : table.name();
        if (y.type() == ColumnType.STRING) {
            List<String> classes = new ArrayList<>(new TreeSet<>(y.asStringColumn().asList()));
            double[] labels = new double[n];
            for (int i = 0; i < n; i++) {
                labels[i] = classes.indexOf(y.getString(i));
            }
            return Dataset.classification(name, x, Tensor.of(DType.INT64, labels), classes.toArray(new String[0]));
        }
        NumericColumn<?> numbers = numeric(y, table);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = value(numbers, i, table);
        }
        boolean integers = y.type() == ColumnType.INTEGER || y.type() == ColumnType.SHORT || y.type() == ColumnType.LONG;
        if (!integers) {
            return Dataset.regression(name, x, Tensor.of(values, n, 1));
        }
        int classes = 0;
        for (double v : values) {
            if (v < 0) {
                throw new IllegalArgumentException("fromTable: column " + target + " holds " + (long) v
                        + ", expected class indices 0, 1, ...");
            }
            classes = Math.max(classes, (int) v + 1);
        }
        String[] names = new String[classes];
        for (int k = 0; k < classes; k++) {
            names[k] = String.valueOf(k);
        }
        return Dataset.classification(name, x, Tensor.of(values), names);
    }

    private static NumericColumn<?> numeric(Column<?> column, Table table) {
        if (!(column instanceof NumericColumn<?> numbers)) {
            throw new IllegalArgumentException("fromTable: column " + column.name() + " of " + table.name()
                    + " holds " + column.type().name() + ", expected numbers");
        }
        return numbers;
    }

    private static double value(NumericColumn<?> column, int row, Table table) {
        if (column.isMissing(row)) {
            throw new IllegalArgumentException("fromTable: column " + column.name() + " of " + table.name()
                    + " has no value in row " + row);
        }
        return column.getDouble(row);
    }
}
