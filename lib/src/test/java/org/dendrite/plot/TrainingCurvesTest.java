package org.dendrite.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.knowm.xchart.XYChart;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class TrainingCurvesTest {

    private static Table history() {
        return Table.create("history",
                IntColumn.create("epoch", 1, 2, 3),
                DoubleColumn.create("train_loss", 2.3, 1.1, 0.6),
                DoubleColumn.create("train_accuracy", 0.2, 0.6, 0.8),
                DoubleColumn.create("val_loss", 2.2, 1.3, Double.NaN),
                DoubleColumn.create("val_accuracy", 0.25, 0.55, 0.7));
    }

    @Test
    void lossAndAccuracyChartsSideBySide() {
        Figure figure = TrainingCurves.plot(history());
        assertEquals(2, figure.charts().size());
        assertEquals("Loss", figure.charts().get(0).getTitle());
        assertEquals("Accuracy", figure.charts().get(1).getTitle());
        Pictures.assertNotBlank(Pictures.decode(figure.png(1)));
    }

    @Test
    void lossChartHasTrainAndValidationAgainstEpochs() {
        XYChart chart = TrainingCurves.loss(history());
        assertEquals(Set.of("train", "validation"), chart.getSeriesMap().keySet());
        assertEquals("epoch", chart.getXAxisTitle());
        assertArrayEquals(new double[] {2.3, 1.1, 0.6}, chart.getSeriesMap().get("train").getYData(), 1e-12);
        // The missing validation loss of epoch 3 is left out.
        assertArrayEquals(new double[] {1, 2}, chart.getSeriesMap().get("validation").getXData(), 1e-12);
        Pictures.assertRendersNotBlank(chart);
    }

    @Test
    void bestEpochIsMarkedAndTheHeldOutSetNamed() {
        Figure figure = TrainingCurves.plot(history(), "digits", "test", 2);
        XYChart loss = (XYChart) figure.charts().get(0);
        assertEquals(Set.of("train", "test", TrainingCurves.BEST_EPOCH + " 2"), loss.getSeriesMap().keySet());
        assertArrayEquals(new double[] {2, 2}, loss.getSeriesMap().get(TrainingCurves.BEST_EPOCH + " 2").getXData(), 0);
        assertArrayEquals(new double[] {0.6, 2.3}, loss.getSeriesMap().get(TrainingCurves.BEST_EPOCH + " 2").getYData(), 1e-12);
        assertEquals("epochs over digits", loss.getXAxisTitle());
        Pictures.assertNotBlank(Pictures.decode(figure.png(1)));
    }

    @Test
    void missingColumnsAreSkipped() {
        Table trainOnly = history().removeColumns("val_loss", "val_accuracy", "train_accuracy");
        Figure figure = TrainingCurves.plot(trainOnly);
        assertEquals(1, figure.charts().size());
        assertEquals(Set.of("train"), figure.charts().get(0).getSeriesMap().keySet());
    }

    @Test
    void tableWithoutEpochOrMetricsIsRejectedWithTheColumnsFound() {
        IllegalArgumentException noEpoch = assertThrows(IllegalArgumentException.class,
                () -> TrainingCurves.loss(history().removeColumns("epoch")));
        assertTrue(noEpoch.getMessage().contains("epoch"), noEpoch.getMessage());
        IllegalArgumentException noMetric = assertThrows(IllegalArgumentException.class,
                () -> TrainingCurves.plot(Table.create("h", IntColumn.create("epoch", 1))));
        assertTrue(noMetric.getMessage().contains("train_loss"), noMetric.getMessage());
    }

    @Test
    void emptyHistoryIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingCurves.loss(history().emptyCopy()));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }
}
