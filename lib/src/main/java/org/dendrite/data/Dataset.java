package org.dendrite.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dendrite.plot.ImageGrid;
import org.dendrite.tensor.DType;
import org.dendrite.tensor.Tensor;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.Table;

/**
 * Examples with their targets, held in memory: images with class labels (MNIST, CIFAR-10), points
 * of the slides' toy problems, or rows of a table. A data set never changes: {@link #transform},
 * {@link #oneHot}, {@link #slice} and the splits return new views that share the stored values.
 * Iterate over mini-batches with a {@link DataLoader}.
 *
 * <pre>{@code
 * Dataset digits = Mnist.sample().transform(Transforms.toFloat(), Transforms.flatten());
 * List<Dataset> parts = digits.randomSplit(42, 0.8, 0.1, 0.1);   // train, validation, test
 * }</pre>
 */
public final class Dataset {

    private final String name;
    private final Features features;
    private final int[] rawShape;
    private final Targets targets;
    private final int[] rows;
    private final List<Transform> transforms;
    private final List<int[]> shapes;

    private Dataset(String name, Features features, int[] rawShape, Targets targets, int[] rows,
            List<Transform> transforms) {
        this.name = name;
        this.features = features;
        this.rawShape = rawShape;
        this.targets = targets;
        this.rows = rows;
        this.transforms = List.copyOf(transforms);
        this.shapes = new ArrayList<>();
        int[] shape = rawShape;
        shapes.add(shape);
        for (Transform t : this.transforms) {
            shape = t.outputShape(shape);
            if (Sizes.numel(shape) != Sizes.numel(rawShape)) {
                throw new IllegalArgumentException("transform changed the number of values per example from "
                        + Sizes.numel(rawShape) + " to " + Sizes.numel(shape));
            }
            shapes.add(shape);
        }
    }

    // ---- creation -------------------------------------------------------------------------

    /**
     * A classification data set: {@code inputs} has one example per row of its first dimension,
     * {@code labels} (shape N) holds class indices {@code 0..classNames.length-1}.
     */
    public static Dataset classification(String name, Tensor inputs, Tensor labels, String... classNames) {
        int n = requireExamples(name, inputs, labels);
        if (labels.dim() != 1) {
            throw new IllegalArgumentException(name + ": labels must have shape [" + n + "], found "
                    + Sizes.format(labels.shape()));
        }
        double[] values = labels.toDoubleArray();
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = (int) values[i];
            if (ids[i] != values[i]) {
                throw new IllegalArgumentException(name + ": label " + values[i] + " at " + i + " is not a class index");
            }
        }
        return ofLabels(name, new Features.Floats(inputs.toFloatArray(), n == 0 ? 0 : (int) (inputs.numel() / n)),
                exampleShape(inputs), ids, List.of(classNames));
    }

    /** A regression data set: row {@code i} of {@code inputs} should predict row {@code i} of {@code targets}. */
    public static Dataset regression(String name, Tensor inputs, Tensor targets) {
        int n = requireExamples(name, inputs, targets);
        Features floats = new Features.Floats(inputs.toFloatArray(), n == 0 ? 0 : (int) (inputs.numel() / n));
        Targets values = new Targets.Values(targets.toFloatArray(), exampleShape(targets));
        return new Dataset(name, floats, exampleShape(inputs), values, identity(n), List.of());
    }

    /** Images of unsigned bytes with class labels; the readers of MNIST and CIFAR-10 build these. */
    static Dataset images(String name, byte[] pixels, int[] imageShape, int[] labels, List<String> classNames) {
        return ofLabels(name, new Features.Bytes(pixels, Sizes.numel(imageShape)), imageShape, labels, classNames);
    }

    private static Dataset ofLabels(String name, Features features, int[] shape, int[] labels, List<String> classNames) {
        if (classNames.isEmpty()) {
            throw new IllegalArgumentException(name + ": a classification data set needs its class names");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classNames.size()) {
                throw new IllegalArgumentException(name + ": label " + labels[i] + " of example " + i
                        + " is not in 0.." + (classNames.size() - 1));
            }
        }
        Targets targets = new Targets.Labels(labels, List.copyOf(classNames), false);
        return new Dataset(name, features, shape, targets, identity(labels.length), List.of());
    }

    /**
     * A numeric table as a data set: column {@code target} holds the targets (class names in a
     * text column, class indices in an integer column, values for regression in a decimal
     * column), every other column is an input feature.
     */
    public static Dataset fromTable(Table table, String target) {
        return TableBridge.toDataset(table, target);
    }

    // ---- what it holds --------------------------------------------------------------------

    /** The name shown in messages and displays, such as {@code mnist-sample}. */
    public String name() {
        return name;
    }

    /** The number of examples. */
    public int size() {
        return rows.length;
    }

    /** The shape of one example as batches give it, after the transforms (such as {@code [1, 28, 28]}). */
    public int[] inputShape() {
        return shapes.get(shapes.size() - 1).clone();
    }

    /** The shape of one example's target: {@code []} for a class index, {@code [C]} one-hot. */
    public int[] targetShape() {
        return targets.shape().clone();
    }

    /** The class names, in label order; empty for regression. */
    public List<String> classNames() {
        return targets instanceof Targets.Labels labels ? labels.classNames() : List.of();
    }

    /** The class index of example {@code index}. */
    public int label(int index) {
        if (!(targets instanceof Targets.Labels labels)) {
            throw new IllegalStateException(name + " is a regression data set: its examples have no class label");
        }
        return labels.labels()[rows[checkIndex(index)]];
    }

    /** All inputs as one tensor (N × input shape), after the transforms; random ones use seed 0. */
    public Tensor inputs() {
        return batch(IntStream.range(0, size()).toArray(), new Random(0)).inputs();
    }

    /** All targets as one tensor: class indices (N), one-hot rows (N×C) or values. */
    public Tensor targets() {
        return batch(IntStream.range(0, size()).toArray(), new Random(0)).targets();
    }

    // ---- new views ------------------------------------------------------------------------

    /** This data set with {@code more} transforms applied after the ones it has, in order. */
    public Dataset transform(Transform... more) {
        List<Transform> all = new ArrayList<>(transforms);
        all.addAll(Arrays.asList(more));
        return new Dataset(name, features, rawShape, targets, rows, all);
    }

    /** This data set with one-hot targets: label 2 of 10 classes becomes {@code [0,0,1,0,...,0]}. */
    public Dataset oneHot() {
        if (!(targets instanceof Targets.Labels labels)) {
            throw new IllegalStateException("oneHot: " + name + " is a regression data set, it has no class labels");
        }
        Targets encoded = new Targets.Labels(labels.labels(), labels.classNames(), true);
        return new Dataset(name, features, rawShape, encoded, rows, transforms);
    }

    /** Examples {@code from} (included) to {@code to} (excluded), in order. */
    public Dataset slice(int from, int to) {
        if (from < 0 || to > size() || from > to) {
            throw new IndexOutOfBoundsException("slice(" + from + ", " + to + ") of " + name + " with " + size() + " examples");
        }
        return subset(IntStream.range(from, to).toArray());
    }

    /** The examples at {@code indices}, in that order. */
    public Dataset subset(int... indices) {
        int[] picked = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            picked[i] = rows[checkIndex(indices[i])];
        }
        return new Dataset(name, features, rawShape, targets, picked, transforms);
    }

    /**
     * Shuffles the examples with {@code seed} and cuts them into parts of the given fractions,
     * such as {@code randomSplit(42, 0.8, 0.2)} for training and validation. The parts never
     * share an example; what rounding leaves over goes to the first parts whose fraction is not 0.
     */
    public List<Dataset> randomSplit(long seed, double... fractions) {
        double total = 0;
        for (double f : fractions) {
            if (!(f >= 0)) {
                throw new IllegalArgumentException("randomSplit: fractions must not be negative, got " + Arrays.toString(fractions));
            }
            total += f;
        }
        if (fractions.length == 0 || Math.abs(total - 1) > 1e-6) {
            throw new IllegalArgumentException("randomSplit: fractions must add up to 1, got " + Arrays.toString(fractions)
                    + " (sum " + total + ")");
        }
        int[] sizes = new int[fractions.length];
        int assigned = 0;
        for (int i = 0; i < fractions.length; i++) {
            sizes[i] = (int) Math.floor(fractions[i] * size());
            assigned += sizes[i];
        }
        for (int i = 0; assigned < size(); i = (i + 1) % sizes.length) {
            if (fractions[i] > 0) {
                sizes[i]++;
                assigned++;
            }
        }
        int[] order = permutation(size(), new Random(seed));
        List<Dataset> parts = new ArrayList<>();
        int start = 0;
        for (int s : sizes) {
            parts.add(subset(Arrays.copyOfRange(order, start, start + s)));
            start += s;
        }
        return Collections.unmodifiableList(parts);
    }

    /**
     * K-fold cross-validation, as in the slides: shuffles with {@code seed}, cuts the examples
     * into {@code k} parts, and returns {@code k} folds; fold {@code i} validates on part
     * {@code i} and trains on the others.
     */
    public List<Fold> kFold(int k, long seed) {
        if (k < 2 || k > size()) {
            throw new IllegalArgumentException("kFold: k must be in 2.." + size() + " for " + size() + " examples, got " + k);
        }
        int[] order = permutation(size(), new Random(seed));
        List<Fold> folds = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            int from = (int) ((long) i * size() / k);
            int to = (int) ((long) (i + 1) * size() / k);
            int[] validation = Arrays.copyOfRange(order, from, to);
            int[] train = IntStream.concat(Arrays.stream(order, 0, from), Arrays.stream(order, to, size())).toArray();
            folds.add(new Fold(subset(train), subset(validation)));
        }
        return Collections.unmodifiableList(folds);
    }

    // ---- output ---------------------------------------------------------------------------

    /**
     * The first {@code count} examples, which must be images of shape 1×H×W (grey) or 3×H×W
     * (colour), in an {@link ImageGrid} of up to 8 a row under their class names: the stored
     * pixels, before any transform.
     */
    public XYChart show(int count) {
        if (rawShape.length != 3 || (rawShape[0] != 1 && rawShape[0] != 3)) {
            throw new IllegalArgumentException("show: " + name + " holds examples of shape "
                    + Sizes.format(rawShape) + ", not images of shape [1, H, W] or [3, H, W]");
        }
        if (count < 1 || count > size()) {
            throw new IllegalArgumentException("show: count must be in 1.." + size() + ", got " + count);
        }
        int exampleSize = Sizes.numel(rawShape);
        float[] pixels = new float[count * exampleSize];
        String[] labels = new String[classNames().isEmpty() ? 0 : count];
        for (int i = 0; i < count; i++) {
            System.arraycopy(rawExample(i), 0, pixels, i * exampleSize, exampleSize);
            if (labels.length > 0) {
                labels[i] = classNames().get(label(i));
            }
        }
        return ImageGrid.images(name, Tensor.of(pixels, Sizes.batched(count, rawShape)), Math.min(8, count), labels);
    }

    /** The first {@code maxRows} examples as a Tablesaw table: columns x0, x1, ... and the target. */
    public Table toTable(int maxRows) {
        return TableBridge.toTable(this, maxRows);
    }

    /** Such as {@code mnist-sample: 10000 examples of [1, 28, 28], 10 classes (0, 1, ..., 9)}. */
    @Override
    public String toString() {
        String head = name + ": " + size() + " examples of " + Sizes.format(inputShape());
        List<String> classes = classNames();
        if (classes.isEmpty()) {
            return head + ", targets of " + Sizes.format(targetShape());
        }
        String listed = classes.size() <= 10 ? String.join(", ", classes)
                : classes.stream().limit(3).collect(Collectors.joining(", ")) + ", ..., " + classes.get(classes.size() - 1);
        return head + ", " + classes.size() + " classes (" + listed + ")";
    }

    // ---- for the loader and the bridges ---------------------------------------------------

    /**
     * The examples at {@code positions} as one batch: inputs of N × input shape, built in one
     * float array and turned into a tensor at once; random transforms draw from {@code random}.
     */
    Batch batch(int[] positions, Random random) {
        int n = positions.length;
        int[] inputShape = inputShape();
        int inputSize = features.exampleSize();
        int[] targetShape = targets.shape();
        int targetSize = Sizes.numel(targetShape);
        float[] x = new float[n * inputSize];
        float[] y = new float[n * targetSize];
        for (int i = 0; i < n; i++) {
            int row = rows[positions[i]];
            features.copy(row, x, i * inputSize);
            for (int t = 0; t < transforms.size(); t++) {
                transforms.get(t).apply(x, i * inputSize, shapes.get(t), random);
            }
            targets.copy(row, y, i * targetSize);
        }
        Tensor targetValues = Tensor.of(y, Sizes.batched(n, targetShape));
        return new Batch(Tensor.of(x, Sizes.batched(n, inputShape)), classIndices() ? targetValues.to(DType.INT64) : targetValues);
    }

    /** Whether batches' targets are class indices, int64 as PyTorch's labels (one-hot rows and regression values are float32). */
    private boolean classIndices() {
        return targets instanceof Targets.Labels labels && !labels.oneHot();
    }

    /** The stored, untransformed values of example {@code index}, such as pixels 0..255. */
    float[] rawExample(int index) {
        float[] values = new float[features.exampleSize()];
        features.copy(rows[checkIndex(index)], values, 0);
        return values;
    }

    /** The shape of one stored example, before the transforms. */
    int[] rawShape() {
        return rawShape.clone();
    }

    /** A random order of {@code 0..n-1} (Fisher-Yates shuffle). */
    static int[] permutation(int n, Random random) {
        int[] order = identity(n);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** {@code 0..n-1} in order. */
    static int[] identity(int n) {
        return IntStream.range(0, n).toArray();
    }

    private int checkIndex(int index) {
        if (index < 0 || index >= rows.length) {
            throw new IndexOutOfBoundsException("example " + index + " of " + name + " with " + rows.length + " examples");
        }
        return index;
    }

    private static int requireExamples(String name, Tensor inputs, Tensor targets) {
        if (inputs.dim() < 1) {
            throw new IllegalArgumentException(name + ": inputs need a first dimension of examples, found a scalar");
        }
        int n = inputs.size(0);
        if (targets.dim() < 1 || targets.size(0) != n) {
            throw new IllegalArgumentException(name + ": " + n + " inputs but targets of shape "
                    + Sizes.format(targets.shape()));
        }
        return n;
    }

    private static int[] exampleShape(Tensor t) {
        return Arrays.copyOfRange(t.shape(), 1, t.dim());
    }
}
