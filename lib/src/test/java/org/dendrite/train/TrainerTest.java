package org.dendrite.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dendrite.data.Dataset;
import org.dendrite.data.ToySets;
import org.dendrite.nn.Linear;
import org.dendrite.nn.Models;
import org.dendrite.nn.Module;
import org.dendrite.nn.loss.Losses;
import org.dendrite.optim.Adam;
import org.dendrite.optim.LrSchedule;
import org.dendrite.optim.SGD;
import org.dendrite.plot.Figure;
import org.dendrite.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class TrainerTest {

    private static final Dataset SPIRALS = ToySets.twoSpirals(200, 0.05, 1);
    private static final Dataset SPIRALS_TEST = ToySets.twoSpirals(200, 0.05, 2);

    private static Trainer spiralTrainer(long seed) {
        Tensor.manualSeed(seed);
        Module model = Models.mlp(2, 16, 2);
        return new Trainer(model, new Adam(model, 0.01), Losses::crossEntropy).batchSize(50).seed(seed).progress(false);
    }

    @Test
    void sameSeedGivesTheSameNumbers() {
        History first = spiralTrainer(11).epochs(3).fit(SPIRALS, SPIRALS_TEST);
        History again = spiralTrainer(11).epochs(3).fit(SPIRALS, SPIRALS_TEST);
        History other = spiralTrainer(12).epochs(3).fit(SPIRALS, SPIRALS_TEST);
        for (String column : List.of("train_loss", "train_accuracy", "val_loss", "val_accuracy")) {
            assertArrayEquals(first.doubleColumn(column).asDoubleArray(), again.doubleColumn(column).asDoubleArray(), 0, column);
        }
        assertFalse(Arrays.equals(first.doubleColumn("train_loss").asDoubleArray(), other.doubleColumn("train_loss").asDoubleArray()));
    }

    @Test
    void historyHasOneRowPerEpochWithTheColumnsTheCurvesUse() {
        History history = spiralTrainer(1).epochs(4).schedule(LrSchedule.step(2, 0.5)).fit(SPIRALS, SPIRALS_TEST);
        assertEquals(List.of("epoch", "train_loss", "train_accuracy", "val_loss", "val_accuracy", "seconds", "learning_rate"),
                history.columnNames());
        assertArrayEquals(new int[] {1, 2, 3, 4}, history.intColumn("epoch").asIntArray());
        assertArrayEquals(new double[] {0.01, 0.01, 0.005, 0.005}, history.doubleColumn("learning_rate").asDoubleArray(), 1e-12);
        assertTrue(history.doubleColumn("seconds").min() > 0);
        assertTrue(history.last("train_loss") < history.doubleColumn("train_loss").getDouble(0), history::toString);
        assertFalse(history.isInterrupted() || history.stoppedEarly());
        assertEquals(4, history.lastEpoch());
        assertTrue(history.name().contains("4 epochs"), history.name());
        Figure curves = history.plot();
        assertEquals(2, curves.charts().size());
    }

    @Test
    void withoutValidationTheValidationColumnsAreEmpty() {
        History history = spiralTrainer(1).epochs(2).fit(SPIRALS);
        assertTrue(Double.isNaN(history.last("val_loss")));
        assertTrue(history.last("train_accuracy") > 0);
        assertThrows(IllegalArgumentException.class, () -> history.last("val_acc"));
    }

    @Test
    void earlyStoppingEndsWhenTheValidationLossStopsImproving() {
        Tensor.manualSeed(1);
        Module model = Models.mlp(2, 4, 2);
        // A learning rate of 0 never changes the weights, so epoch 1 stays the best.
        History history = new Trainer(model, new SGD(model, 0), Losses::crossEntropy)
                .epochs(10).earlyStopping(2).progress(false).fit(SPIRALS, SPIRALS_TEST);
        assertTrue(history.stoppedEarly());
        assertEquals(3, history.rowCount());
        assertEquals(1, history.bestEpoch());
        assertTrue(history.name().contains("stopped early"), history.name());
    }

    @Test
    void checkpointHoldsTheBestModelAndRefusesAnotherArchitecture(@TempDir Path dir) {
        Path file = dir.resolve("best.bin");
        Trainer trainer = spiralTrainer(3).epochs(3).checkpoint(file);
        History history = trainer.fit(SPIRALS, SPIRALS_TEST);
        Module copy = Models.mlp(2, 16, 2).load(file);
        int best = history.bestEpoch();
        assertTrue(best >= 1);
        double bestLoss = history.doubleColumn("val_loss").getDouble(best - 1);
        assertEquals(bestLoss, new Trainer(copy, new SGD(copy, 0.1), Losses::crossEntropy).evaluate(SPIRALS_TEST).loss(), 1e-6);
        String message = assertThrows(IllegalArgumentException.class, () -> Models.mlp(2, 8, 2).load(file)).getMessage();
        assertTrue(message.contains("different architecture") && message.contains("1.weight"), message);
    }

    @Test
    void divergingRunNamesTheEpochTheBatchAndTheLearningRate() {
        Tensor.manualSeed(1);
        Module model = new Linear(1, 1);
        Dataset line = ToySets.line(100, 3, 1, 0.1, 1);
        Trainer trainer = new Trainer(model, new SGD(model, 100), Losses::mse).batchSize(10).epochs(20).progress(false);
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> trainer.fit(line));
        assertTrue(e.epoch() >= 1 && e.epoch() <= 20 && e.batch() >= 1 && e.batch() <= 10, e.getMessage());
        assertTrue(e.getMessage().contains("epoch " + e.epoch() + ", batch " + e.batch() + " of 10"), e.getMessage());
        assertTrue(e.getMessage().contains("learning rate 100") && e.getMessage().contains("smaller"), e.getMessage());
        assertTrue(Arrays.stream(model.parameters().get(0).toDoubleArray()).allMatch(Double::isFinite),
                "the weights of the last good step are kept");
    }

    @Test
    void interruptStopsAtTheNextBatchAndKeepsTheModelAndHistory() throws Exception {
        Trainer trainer = spiralTrainer(4).epochs(100_000);
        Tensor before = Tensor.of(trainer.model().parameters().get(0).toDoubleArray());
        CompletableFuture<Thread> caller = new CompletableFuture<>();
        CompletableFuture<History> run = CompletableFuture.supplyAsync(() -> {
            caller.complete(Thread.currentThread());
            try {
                return trainer.fit(SPIRALS);
            } finally {
                assertTrue(Thread.interrupted(), "fit keeps the caller's interrupt status");
            }
        });
        Thread.sleep(1500);
        long interrupted = System.nanoTime();
        caller.get().interrupt();
        History history = run.get(20, TimeUnit.SECONDS);
        double stopSeconds = (System.nanoTime() - interrupted) / 1e9;
        assertTrue(history.isInterrupted(), history::name);
        assertTrue(history.rowCount() >= 1 && history.rowCount() < 100_000, history::name);
        assertTrue(history.name().contains("interrupted in epoch " + (history.lastEpoch() + 1)), history.name());
        assertTrue(stopSeconds < 5, "stopped " + stopSeconds + " s after the interrupt");
        assertNotEquals(Arrays.toString(before.toDoubleArray()), Arrays.toString(trainer.model().parameters().get(0).toDoubleArray()));
    }

    @Test
    void crossValidationTrainsAFreshModelOnEachFold() {
        AtomicInteger made = new AtomicInteger();
        Table scores = CrossValidation.run(SPIRALS.kFold(4, 1), () -> {
            made.incrementAndGet();
            return spiralTrainer(made.get()).epochs(2);
        });
        assertEquals(4, made.get());
        assertArrayEquals(new int[] {1, 2, 3, 4}, scores.intColumn("fold").asIntArray());
        assertTrue(scores.doubleColumn("val_accuracy").min() > 0);
        assertTrue(scores.name().startsWith("4-fold cross-validation: validation accuracy"), scores.name());
    }

    @Test
    void optimizerOfAnotherModelAndBadSettingsAreRefused() {
        Module model = Models.mlp(2, 4, 2);
        Module other = Models.mlp(2, 4, 2);
        String message = assertThrows(IllegalArgumentException.class,
                () -> new Trainer(model, new SGD(other, 0.1), Losses::crossEntropy)).getMessage();
        assertTrue(message.contains("not this model's parameters"), message);
        Trainer trainer = new Trainer(model, new SGD(model, 0.1), Losses::crossEntropy);
        assertThrows(IllegalArgumentException.class, () -> trainer.epochs(0));
        assertThrows(IllegalArgumentException.class, () -> trainer.batchSize(0));
        assertInstanceOf(IllegalArgumentException.class,
                assertThrows(RuntimeException.class, () -> trainer.fit(SPIRALS.slice(0, 0))));
    }
}
