package org.dendrite.data;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Random;

/**
 * Mini-batches of a data set, one epoch per iteration, as PyTorch's {@code DataLoader}:
 *
 * <pre>{@code
 * DataLoader loader = DataLoader.of(train, 64).shuffle(42).dropLast(true);
 * for (Batch batch : loader) {
 *     Tensor loss = lossFn.apply(model.forward(batch.inputs()), batch.targets());
 * }
 * }</pre>
 *
 * <p>With {@link #shuffle(long)} each epoch visits the examples in a new order; the orders and
 * the random transforms all come from one generator seeded once, so two loaders with the same
 * seed give the same batches, epoch after epoch.
 */
public final class DataLoader implements Iterable<Batch> {

    private final Dataset dataset;
    private final int batchSize;
    private final boolean shuffle;
    private final long seed;
    private final boolean dropLast;
    private final Random random;

    private DataLoader(Dataset dataset, int batchSize, boolean shuffle, long seed, boolean dropLast) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        if (batchSize < 1) {
            throw new IllegalArgumentException("DataLoader: batch size must be at least 1, got " + batchSize);
        }
        this.batchSize = batchSize;
        this.shuffle = shuffle;
        this.seed = seed;
        this.dropLast = dropLast;
        this.random = new Random(seed);
    }

    /** Batches of {@code batchSize} examples in the data set's order; the last may be smaller. */
    public static DataLoader of(Dataset dataset, int batchSize) {
        return new DataLoader(dataset, batchSize, false, 0, false);
    }

    /** A loader that shuffles every epoch, from a generator seeded with {@code seed}. */
    public DataLoader shuffle(long seed) {
        return new DataLoader(dataset, batchSize, true, seed, dropLast);
    }

    /** A loader that skips a last batch smaller than the batch size when {@code drop} is true. */
    public DataLoader dropLast(boolean drop) {
        return new DataLoader(dataset, batchSize, shuffle, seed, drop);
    }

    /** The number of batches in one epoch. */
    public int size() {
        int n = dataset.size();
        return dropLast ? n / batchSize : (n + batchSize - 1) / batchSize;
    }

    /** The data set the batches come from. */
    public Dataset dataset() {
        return dataset;
    }

    /** The batch size. */
    public int batchSize() {
        return batchSize;
    }

    /** One epoch: a new order of the examples when shuffling, then its batches one by one. */
    @Override
    public Iterator<Batch> iterator() {
        int[] order = shuffle ? Dataset.permutation(dataset.size(), random) : Dataset.identity(dataset.size());
        int batches = size();
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < batches;
            }

            @Override
            public Batch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("the epoch has " + batches + " batches");
                }
                int from = next++ * batchSize;
                int to = Math.min(from + batchSize, order.length);
                return dataset.batch(Arrays.copyOfRange(order, from, to), random);
            }
        };
    }

    @Override
    public String toString() {
        return "DataLoader(" + dataset.name() + ", batch size " + batchSize + ", " + size() + " batches"
                + (shuffle ? ", shuffled with seed " + seed : "") + (dropLast ? ", drop last" : "") + ")";
    }
}
