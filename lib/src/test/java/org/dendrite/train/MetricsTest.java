package org.dendrite.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dendrite.nn.Dropout;
import org.dendrite.nn.Linear;
import org.dendrite.nn.Sequential;
import org.dendrite.tensor.Tensor;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class MetricsTest {

    private static final List<String> CLASSES = List.of("cat", "car", "frog");

    @Test
    void countsTheHighestScoreAgainstTheLabel() {
        Metrics metrics = new Metrics(CLASSES);
        // Predicted: car, car, frog, cat; true: cat, car, frog, frog.
        metrics.add(Tensor.of(new double[][] {{3.2, 5.1, -1.7}, {1.3, 4.9, 2.0}, {2.2, 2.5, 3.1}, {0.5, 0.1, 0.2}}),
                Tensor.of(0, 1, 2, 2), 1.0);
        metrics.add(Tensor.of(new double[][] {{0, 0, 1}}), Tensor.of(2), 3.0);
        assertEquals(5, metrics.count());
        assertEquals((4 * 1.0 + 3.0) / 5, metrics.loss(), 1e-12);
        assertEquals(3 / 5.0, metrics.accuracy(), 1e-12);
        assertArrayEquals(new int[][] {{0, 1, 0}, {0, 1, 0}, {1, 0, 2}}, metrics.confusionCounts());
        Table table = metrics.confusionTable();
        assertEquals(List.of("true", "cat", "car", "frog"), table.columnNames());
        assertEquals(2, table.intColumn("frog").get(2));
        assertTrue(metrics.confusionMatrix().getTitle().contains("0.600"), metrics.confusionMatrix().getTitle());
        assertEquals("loss 1.4000, accuracy 0.6000 (5 examples)", metrics.toString());
    }

    @Test
    void oneOutputIsClassOneAboveOneHalfAndOneHotTargetsAreLabels() {
        Metrics binary = new Metrics(List.of("no", "yes"));
        binary.add(Tensor.of(new double[] {0.2, 0.7, 0.4}, 3, 1), Tensor.of(0, 1, 1), 0.1);
        assertEquals(2 / 3.0, binary.accuracy(), 1e-12);
        Metrics oneHot = new Metrics(CLASSES);
        oneHot.add(Tensor.of(new double[][] {{1, 0, 0}, {0, 0, 1}}), Tensor.of(new double[][] {{1, 0, 0}, {0, 1, 0}}), 0.1);
        assertEquals(0.5, oneHot.accuracy(), 1e-12);
    }

    @Test
    void regressionHasALossButNoAccuracy() {
        Metrics metrics = new Metrics(List.of());
        metrics.add(Tensor.of(new double[] {1, 2}, 2, 1), Tensor.of(new double[] {1, 3}, 2, 1), 0.5);
        assertEquals(0.5, metrics.loss(), 0);
        assertTrue(Double.isNaN(metrics.accuracy()));
        assertThrows(IllegalStateException.class, metrics::confusionMatrix);
        assertEquals("loss 0.5000 (2 examples)", metrics.toString());
    }

    @Test
    void moreScoresThanClassesIsAnErrorThatSaysSo() {
        Metrics metrics = new Metrics(List.of("a", "b"));
        String message = assertThrows(IllegalArgumentException.class,
                () -> metrics.add(Tensor.of(new double[][] {{0, 0, 1}}), Tensor.of(0), 1)).getMessage();
        assertTrue(message.contains("3 scores per example") && message.contains("2 classes"), message);
    }

    @Test
    void accuracyOfAModelReadsItsOutputsInEvaluationMode() {
        // two scores [-x, x]: class 1 right of 0; the dropout layer would scramble them in training mode
        Linear linear = new Linear(1, 2);
        Tensor weight = linear.namedParameters().get("weight");   // one weight per output, whichever way it is laid out
        try (var off = org.dendrite.tensor.Autograd.noGrad()) {
            weight.copyFrom(Tensor.of(new double[] {-1, 1}).reshape(weight.shape()));
            linear.namedParameters().get("bias").copyFrom(Tensor.of(new double[] {0, 0}));
        }
        Sequential model = new Sequential(linear, new Dropout(0.9));
        Tensor inputs = Tensor.of(new double[] {-2, -1, 1, 2}, 4, 1);
        assertEquals(0.75, Metrics.accuracy(model, inputs, Tensor.of(0, 1, 1, 1)), 1e-12);
        assertTrue(model.isTraining(), "the model's mode is restored");
        String message = assertThrows(IllegalArgumentException.class,
                () -> Metrics.accuracy(model, inputs, Tensor.of(0, 1))).getMessage();
        assertTrue(message.contains("labels has 2") && message.contains("outputs has 4"), message);
    }
}
