package org.dendrite.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableBridgeTest {

    @Test
    void firstRowsBecomeFeatureColumnsAndALabel() {
        Table table = ToySets.xor().toTable(3);

        assertEquals(List.of("x0", "x1", "label"), table.columnNames());
        assertEquals(3, table.rowCount());
        assertEquals(1.0, table.doubleColumn("x1").get(1));
        assertEquals(1, table.intColumn("label").get(2));
    }

    @Test
    void regressionTargetsBecomeAYColumn() {
        Table table = ToySets.perceptronTable().toTable(10);

        assertEquals(List.of("x0", "y"), table.columnNames());
        assertEquals(4, table.rowCount());
        assertEquals(3.4, table.doubleColumn("y").get(2), 1e-6);
    }

    @Test
    void tableRoundTripKeepsInputsAndLabels() {
        Dataset ring = ToySets.ring(50, 3);

        Dataset back = Dataset.fromTable(ring.toTable(50), "label");

        assertArrayEquals(ring.inputs().toFloatArray(), back.inputs().toFloatArray());
        assertArrayEquals(ring.targets().toFloatArray(), back.targets().toFloatArray());
        assertEquals(List.of("0", "1"), back.classNames());
    }

    @Test
    void textTargetColumnGivesSortedClassNames() {
        Table iris = Table.create("flowers",
                DoubleColumn.create("petal", 1.4, 4.7, 6.0),
                StringColumn.create("species", "setosa", "versicolor", "setosa"));

        Dataset flowers = Dataset.fromTable(iris, "species");

        assertEquals(List.of("setosa", "versicolor"), flowers.classNames());
        assertArrayEquals(new float[] {0, 1, 0}, flowers.targets().toFloatArray());
        assertArrayEquals(new int[] {1}, flowers.inputShape());
    }

    @Test
    void decimalTargetColumnGivesARegressionSet() {
        Dataset back = Dataset.fromTable(ToySets.perceptronTable().toTable(4), "y");

        assertEquals(List.of(), back.classNames());
        assertArrayEquals(new int[] {4, 1}, back.targets().shape());
    }

    @Test
    void textFeatureColumnIsNamedInTheError() {
        Table table = Table.create("mixed", StringColumn.create("colour", "red"), DoubleColumn.create("y", 1.0));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dataset.fromTable(table, "y"));
        assertTrue(e.getMessage().contains("column colour of mixed holds STRING, expected numbers"), e.getMessage());
    }

    @Test
    void missingTargetColumnListsTheColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.fromTable(ToySets.xor().toTable(4), "target"));
        assertTrue(e.getMessage().contains("has no column target; its columns are [x0, x1, label]"), e.getMessage());
    }
}
