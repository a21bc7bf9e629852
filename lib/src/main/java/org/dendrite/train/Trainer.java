package org.dendrite.train;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.dendrite.data.Batch;
import org.dendrite.data.DataLoader;
import org.dendrite.data.Dataset;
import org.dendrite.data.Fold;
import org.dendrite.nn.Module;
import org.dendrite.nn.loss.Loss;
import org.dendrite.optim.LrSchedule;
import org.dendrite.optim.LrScheduler;
import org.dendrite.optim.Optimizer;
import org.dendrite.tensor.Tensor;

/**
 * Trains a model for the common case: epochs of shuffled mini-batches, validation after each
 * epoch, a {@link History} table, live progress, and optionally a learning-rate schedule, early
 * stopping and a checkpoint of the best model.
 *
 * <pre>{@code
 * Module model = Models.mlp(784, 100, 10);
 * Trainer trainer = new Trainer(model, new SGD(model, 0.05).momentum(0.9), Losses::crossEntropy)
 *         .epochs(10).batchSize(64).seed(42);
 * History history = trainer.fit(train, test);
 * }</pre>
 *
 * An interrupt (a notebook's stop button) ends training after the current batch: {@code fit}
 * returns the history of the finished epochs, marked {@link History#isInterrupted()}, and the
 * model keeps its weights. A loss that becomes NaN or infinite ends it with a
 * {@link TrainingDivergedException}.
 */
public final class Trainer {

    /** The batch size used for evaluation, where no gradients are kept. */
    static final int EVALUATION_BATCH_SIZE = 500;

    private final Module model;
    private final Optimizer optimizer;
    private final Loss loss;
    private int epochs = 10;
    private int batchSize = 64;
    private Long seed;
    private LrSchedule schedule;
    private int patience;
    private Path checkpoint;
    private boolean progress = true;
    private String heldOutName = "validation";

    /** A trainer of {@code model} by {@code optimizer} (made for the model's parameters) against {@code loss}. */
    public Trainer(Module model, Optimizer optimizer, Loss loss) {
        this.model = Objects.requireNonNull(model, "model");
        this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
        this.loss = Objects.requireNonNull(loss, "loss");
        List<Tensor> parameters = model.parameters();
        if (!optimizer.parameters().stream().allMatch(p -> parameters.stream().anyMatch(q -> q == p))) {
            throw new IllegalArgumentException("Trainer: the optimizer updates tensors that are not this model's parameters; "
                    + "make it from this model, such as new SGD(model, 0.05), after any model.to(dtype)");
        }
    }

    /** Trains for {@code epochs} passes over the training set (default 10); returns this trainer. */
    public Trainer epochs(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("Trainer: epochs must be at least 1, got " + epochs);
        }
        this.epochs = epochs;
        return this;
    }

    /** Uses mini-batches of {@code batchSize} examples (default 64); returns this trainer. */
    public Trainer batchSize(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("Trainer: the batch size must be at least 1, got " + batchSize);
        }
        this.batchSize = batchSize;
        return this;
    }

    /**
     * Makes runs repeatable: the batches are shuffled from {@code seed}, and {@link Tensor#manualSeed}
     * is set to it as training starts (for dropout). Seed the model's initial weights yourself,
     * with {@code Tensor.manualSeed} before making it. Without a seed each run shuffles differently.
     */
    public Trainer seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Changes the learning rate after each epoch as {@code schedule} says; returns this trainer. */
    public Trainer schedule(LrSchedule schedule) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        return this;
    }

    /**
     * Stops when the validation loss (the training loss without validation) has not improved for
     * {@code patience} epochs in a row; 0 (the default) never stops early. Returns this trainer.
     */
    public Trainer earlyStopping(int patience) {
        if (patience < 0) {
            throw new IllegalArgumentException("Trainer: patience must be 0 (off) or more epochs, got " + patience);
        }
        this.patience = patience;
        return this;
    }

    /**
     * Saves the model to {@code file} after each epoch whose validation loss (training loss without
     * validation) is the best so far; {@code model.load(file)} brings the best weights back.
     */
    public Trainer checkpoint(Path file) {
        this.checkpoint = Objects.requireNonNull(file, "file");
        return this;
    }

    /**
     * What the set measured after each epoch is called in progress, reports and charts:
     * {@code "validation"} (the default), or {@code "test"} where {@code fit} is given the test set.
     */
    public Trainer heldOutName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("heldOutName is empty; name the held-out set, such as \"test\"");
        }
        this.heldOutName = name;
        return this;
    }

    /** Shows live progress (the default) or nothing; returns this trainer. */
    public Trainer progress(boolean show) {
        this.progress = show;
        return this;
    }

    /** Trains on {@code train} without validation. */
    public History fit(Dataset train) {
        return fit(train, null);
    }

    /** Trains on the fold's training part, validating on its held-out part. */
    public History fit(Fold fold) {
        return fit(fold.train(), fold.validation());
    }

    /** Trains on {@code train}, measuring {@code validation} (may be null) after each epoch. */
    public History fit(Dataset train, Dataset validation) {
        Objects.requireNonNull(train, "train");
        if (train.size() == 0) {
            throw new IllegalArgumentException("Trainer: the training set " + train.name() + " is empty");
        }
        if (seed != null) {
            Tensor.manualSeed(seed);
        }
        DataLoader loader = DataLoader.of(train, batchSize).shuffle(seed != null ? seed : new Random().nextLong());
        History history = new History(train.name(), heldOutName);
        Progress report = Progress.create(progress, epochs, loader.size(), heldOutName);
        StopOnInterrupt.run(stop -> {
            try {
                run(loader, validation, history, report, stop);
            } finally {
                report.end(history);
            }
        });
        return history;
    }

    /** The loss, accuracy and confusion counts of the model on {@code data}, without training. */
    public Metrics evaluate(Dataset data) {
        return TrainingLoop.evaluate(model, loss, DataLoader.of(data, EVALUATION_BATCH_SIZE), data.classNames());
    }

    /** The model being trained. */
    public Module model() {
        return model;
    }

    /** The epochs: each a pass over the shuffled batches, then validation, a row of history, and the extras. */
    private void run(DataLoader loader, Dataset validation, History history, Progress report, BooleanSupplier stop) {
        LrScheduler scheduler = schedule == null ? null : new LrScheduler(optimizer, schedule);
        List<String> classes = loader.dataset().classNames();
        double best = Double.POSITIVE_INFINITY;
        model.train();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long start = System.nanoTime();
            double learningRate = optimizer.learningRate();
            report.startEpoch(epoch);
            Metrics train = new Metrics(classes);
            int batch = 0;
            for (Batch b : loader) {
                if (stop.getAsBoolean()) {
                    history.markInterrupted(epoch, batch, loader.size());
                    return;
                }
                double batchLoss = TrainingLoop.trainStep(model, loss, optimizer, b, train);
                batch++;
                if (!Double.isFinite(batchLoss)) {
                    throw new TrainingDivergedException(epoch, batch, loader.size(), batchLoss, learningRate);
                }
                report.batchDone(epoch, batch, train);
            }
            Metrics val = validation == null ? null : evaluate(validation);
            history.add(epoch, train, val, (System.nanoTime() - start) / 1e9, learningRate);
            report.epochDone(history);
            if (scheduler != null) {
                scheduler.step();
            }
            double monitored = val == null ? train.loss() : val.loss();
            if (monitored < best) {
                best = monitored;
                history.markBest(epoch);
                if (checkpoint != null) {
                    model.save(checkpoint);
                }
            } else if (patience > 0 && epoch - history.bestEpoch() >= patience) {
                history.markStoppedEarly(patience);
                return;
            }
        }
    }
}
