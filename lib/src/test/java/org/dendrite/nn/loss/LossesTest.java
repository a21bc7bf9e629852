package org.dendrite.nn.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dendrite.nn.Linear;
import org.dendrite.nn.Sequential;
import org.dendrite.nn.ReLU;
import org.dendrite.nn.BatchNorm1d;
import org.dendrite.tensor.Autograd;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.GradCheck;
import org.dendrite.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * The slides' worked losses (lectures 000 and 002), the regression and binary losses on small
 * hand-computed cases, and the gradients of each against finite differences.
 */
class LossesTest {

    /** Lecture 002: one row per image (cat, car, frog), columns the class scores cat, car, frog. */
    private static final Tensor SVM_SCORES = Tensor.of(new double[][] {{3.2, 5.1, -1.7}, {1.3, 4.9, 2.0}, {2.2, 2.5, -3.1}});
    private static final Tensor SVM_LABELS = Tensor.ofLongs(0, 1, 2);

    @Test
    void multiclassHingeMatchesTheSlidesExample() {
        assertArrayEquals(new double[] {2.9, 0, 12.9},
                Losses.multiclassHinge(SVM_SCORES, SVM_LABELS, Reduction.NONE).toDoubleArray(), 1e-5);
        assertEquals(5.27, Losses.multiclassHinge(SVM_SCORES, SVM_LABELS).item(), 0.005);
        assertEquals(15.8, Losses.multiclassHinge(SVM_SCORES, SVM_LABELS, Reduction.SUM).item(), 1e-5);
    }

    @Test
    void doublingTheWeightsKeepsAZeroHingeLoss() {
        Tensor carRow = SVM_SCORES.slice(0, 1, 2);
        Tensor carLabel = Tensor.ofLongs(1);
        assertEquals(0, Losses.multiclassHinge(carRow, carLabel).item());
        assertEquals(0, Losses.multiclassHinge(carRow.mul(2), carLabel).item());
    }

    @Test
    void crossEntropyMatchesTheSlidesCatExample() {
        Tensor catScores = Tensor.of(new double[][] {{3.2, 5.1, -1.7}});
        assertEquals(2.04, Losses.crossEntropy(catScores, Tensor.ofLongs(0)).item(), 0.005);
        assertEquals(-Math.log(1.0 / 3), Losses.crossEntropy(Tensor.zeros(4, 3), Tensor.ofLongs(0, 1, 2, 0)).item(), 1e-6);
    }

    @Test
    void regressionAndBinaryLossesComputeTheirFormulas() {
        Tensor y = Tensor.of(1, -1, 1);
        Tensor yHat = Tensor.of(0.5, 0.5, 3);
        assertArrayEquals(new double[] {0.25, 2.25, 4}, Losses.mse(yHat, y, Reduction.NONE).toDoubleArray(), 1e-6);
        assertEquals((0.5 + 1.5 + 2) / 3, Losses.l1(yHat, y).item(), 1e-6);
        assertArrayEquals(new double[] {0.5, 1.5, 0}, Losses.hinge(yHat, y, Reduction.NONE).toDoubleArray(), 1e-6);
        assertArrayEquals(new double[] {0, 0.5, 0}, Losses.perceptron(yHat, y, Reduction.NONE).toDoubleArray(), 1e-6);
    }

    @Test
    void zeroOneErrorCountsWrongTopScores() {
        assertEquals(2.0 / 3, Losses.zeroOneError(SVM_SCORES, SVM_LABELS), 1e-12);
        assertEquals(0, Losses.zeroOneError(SVM_SCORES, Tensor.ofLongs(1, 1, 1)), 1e-12);
    }

    @Test
    void lossesWorkAsLossObjects() {
        Loss loss = Losses::crossEntropy;
        assertEquals(2.04, loss.apply(Tensor.of(new double[][] {{3.2, 5.1, -1.7}}), Tensor.ofLongs(0)).item(), 0.005);
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        Tensor.manualSeed(9);
        Tensor labels = Tensor.ofLongs(2, 0, 1, 2);
        Tensor signs = Tensor.of(1, -1, -1, 1).to(DType.FLOAT64);
        Tensor target = Tensor.randn(4).to(DType.FLOAT64);
        Tensor scores = Tensor.randn(4, 3);
        Tensor outputs = Tensor.randn(4);
        assertTrue(GradCheck.check(x -> Losses.crossEntropy(x[0], labels), scores).passed());
        assertTrue(GradCheck.check(x -> Losses.multiclassHinge(x[0], labels), scores).passed());
        assertTrue(GradCheck.check(x -> Losses.mse(x[0], target), outputs).passed());
        assertTrue(GradCheck.check(x -> Losses.l1(x[0], target), outputs).passed());
        assertTrue(GradCheck.check(x -> Losses.hinge(x[0], signs), outputs).passed());
        assertTrue(GradCheck.check(x -> Losses.perceptron(x[0], signs), outputs.mul(3)).passed());
    }

    @Test
    void theLossesAddedForPyTorchUsersHaveTheirGradients() {
        Tensor.manualSeed(11);
        Tensor labels = Tensor.ofLongs(2, 0, 1, 2);
        Tensor targets = Tensor.rand(4, 3).to(DType.FLOAT64);
        Tensor outputs = Tensor.randn(4, 3).mul(2);
        assertTrue(GradCheck.check(x -> Losses.nll(x[0].logSoftmax(1), labels), outputs).passed());
        assertTrue(GradCheck.check(x -> Losses.binaryCrossEntropy(x[0].sigmoid(), targets), outputs).passed());
        assertTrue(GradCheck.check(x -> Losses.binaryCrossEntropyWithLogits(x[0], targets), outputs).passed());
        assertTrue(GradCheck.check(x -> Losses.smoothL1(x[0], targets, 0.5).add(Losses.huber(x[0], targets, 2)), outputs).passed());
        assertTrue(GradCheck.check(x -> Losses.klDivergence(x[0].logSoftmax(1), x[1].softmax(1)), outputs, targets).passed());
    }

    @Test
    void nllOfLogSoftmaxIsTheCrossEntropyAndBceStaysFiniteAtTheEdges() {
        Tensor scores = Tensor.of(new double[][] {{3.2, 5.1, -1.7}});
        assertEquals(Losses.crossEntropy(scores, Tensor.ofLongs(0)).item(), Losses.nll(scores.logSoftmax(1), Tensor.ofLongs(0)).item(), 1e-6);
        assertEquals(100, Losses.binaryCrossEntropy(Tensor.of(0, 1), Tensor.of(1, 0), Reduction.NONE).toDoubleArray()[0], 1e-9);
        assertEquals(0, Losses.klDivergence(scores.logSoftmax(1), scores.softmax(1)).item(), 1e-6);
        String probability = assertThrows(IllegalArgumentException.class,
                () -> Losses.binaryCrossEntropy(Tensor.of(1.5), Tensor.of(1))).getMessage();
        assertTrue(probability.contains("probability 1.5 at 0 is not in [0, 1]; pass scores to binaryCrossEntropyWithLogits"), probability);
        assertThrows(IllegalArgumentException.class, () -> Losses.smoothL1(Tensor.zeros(2), Tensor.zeros(2), 0));
    }

    @Test
    void badTargetsAreExplained() {
        String labels = assertThrows(IllegalArgumentException.class,
                () -> Losses.crossEntropy(Tensor.zeros(4, 3), Tensor.ofLongs(0, 1, 3, 0))).getMessage();
        assertTrue(labels.contains("label 3 at 2 is not a class index in 0..2"), labels);
        String floats = assertThrows(IllegalArgumentException.class,
                () -> Losses.crossEntropy(Tensor.zeros(4, 3), Tensor.of(0, 1, 2, 0))).getMessage();
        assertTrue(floats.contains("labels must be int64 class indices, got float32; convert with labels.to(DType.INT64)"), floats);
        String count = assertThrows(IllegalArgumentException.class,
                () -> Losses.multiclassHinge(Tensor.zeros(4, 3), Tensor.ofLongs(0, 1))).getMessage();
        assertTrue(count.contains("labels [2] should be one class index per row of the scores: [4]"), count);
        String shape = assertThrows(IllegalArgumentException.class, () -> Losses.mse(Tensor.zeros(4, 1), Tensor.zeros(4))).getMessage();
        assertTrue(shape.contains("output [4, 1] and target [4] should have the same shape"), shape);
        String signs = assertThrows(IllegalArgumentException.class, () -> Losses.hinge(Tensor.zeros(2), Tensor.of(0, 1))).getMessage();
        assertTrue(signs.contains("label 0.0 at 0 should be -1 or +1"), signs);
    }

    @Test
    void regularizersPenalizeTheWeightsOnly() {
        Linear layer = new Linear(2, 2);
        try (Autograd.NoGrad off = Autograd.noGrad()) {
            layer.weight().copyFrom(Tensor.of(new double[][] {{1, -2}, {0, 3}}));
            layer.bias().copyFrom(Tensor.of(100, 100));
        }
        assertEquals(0.1 * 14, Regularization.l2(layer, 0.1).item(), 1e-5);
        assertEquals(0.1 * 6, Regularization.l1(layer, 0.1).item(), 1e-5);
        assertEquals(0.5 * 6 + 0.01 * 14, Regularization.elasticNet(layer, 0.5, 0.01).item(), 1e-5);
        Regularization.l2(layer, 0.5).backward();
        assertArrayEquals(new double[] {1, -2, 0, 3}, layer.weight().grad().toDoubleArray(), 1e-6);
        Sequential net = new Sequential(layer, new BatchNorm1d(2), new ReLU());
        assertEquals(0.1 * (14 + 2), Regularization.l2(net, 0.1).item(), 1e-5);
        String none = assertThrows(IllegalArgumentException.class, () -> Regularization.l2(new ReLU(), 1)).getMessage();
        assertTrue(none.contains("ReLU has no parameter called weight"), none);
    }
}
