package org.dendrite.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dendrite.data.Dataset;
import org.dendrite.data.ToySets;
import org.dendrite.nn.Linear;
import org.dendrite.nn.Models;
import org.dendrite.nn.Module;
import org.dendrite.nn.Sigmoid;
import org.dendrite.nn.Tanh;
import org.dendrite.nn.loss.Losses;
import org.dendrite.optim.Adam;
import org.dendrite.optim.LrSchedule;
import org.dendrite.optim.SGD;
import org.dendrite.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * The slides' small problems: what a linear model cannot learn and a hidden layer can. Test
 * sets are drawn with another seed than the training sets.
 */
class ToyProblemsTest {

    @Test
    void mlpWithFourHiddenUnitsLearnsXor() {
        Tensor.manualSeed(2);
        Module model = Models.mlp(Tanh::new, 2, 4, 1).add(new Sigmoid());
        Dataset xor = ToySets.xor();
        History history = new Trainer(model, new SGD(model, 1.0).momentum(0.9), (out, y) -> Losses.mse(out.reshape(-1), y))
                .epochs(100).batchSize(4).seed(2).progress(false).fit(xor);
        assertTrue(history.last("train_loss") < 0.01, history::toString);
        assertArrayEquals(new double[] {0, 1, 1, 0}, model.forward(xor.inputs()).reshape(-1).toDoubleArray(), 0.2);
        assertTrue(history.last("train_accuracy") == 1.0, history::toString);
    }

    @Test
    void smallMlpSeparatesTwoSpirals() {
        Tensor.manualSeed(5);
        Module model = Models.mlp(2, 64, 64, 2);
        History history = new Trainer(model, new Adam(model, 0.03), Losses::crossEntropy)
                .epochs(40).batchSize(50).schedule(LrSchedule.cosine(40, 0)).seed(5).progress(false)
                .fit(ToySets.twoSpirals(300, 0.05, 1), ToySets.twoSpirals(400, 0.05, 2));
        assertTrue(history.last("val_accuracy") >= 0.95, history::toString);
    }

    @Test
    void linearClassifierFailsOnTheRingWhereAnMlpSucceeds() {
        Dataset train = ToySets.ring(400, 1);
        Dataset test = ToySets.ring(600, 2);
        Tensor.manualSeed(5);
        Module linear = new Linear(2, 2);
        History straight = new Trainer(linear, new Adam(linear, 0.03), Losses::crossEntropy)
                .epochs(10).batchSize(50).seed(5).progress(false).fit(train, test);
        Module mlp = Models.mlp(2, 16, 16, 2);
        History curved = new Trainer(mlp, new Adam(mlp, 0.03), Losses::crossEntropy)
                .epochs(40).batchSize(50).schedule(LrSchedule.cosine(40, 0)).seed(5).progress(false).fit(train, test);
        // 38% of the square lies on the ring: a straight line does no better than "never on the ring".
        assertTrue(straight.last("val_accuracy") < 0.7, straight::toString);
        assertTrue(curved.last("val_accuracy") >= 0.93, curved::toString);
    }
}
