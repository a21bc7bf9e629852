package org.dendrite.train;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dendrite.nn.Module;
import org.dendrite.nn.Predictions;
import org.dendrite.plot.ConfusionMatrix;
import org.dendrite.tensor.Autograd;
import org.dendrite.tensor.Tensor;
import org.knowm.xchart.HeatMapChart;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Running totals over the batches of an epoch: the mean loss and, for classification, the
 * accuracy and the confusion counts. A network's outputs are read as classes by
 * {@link Predictions} (the highest score; for one output per example, class 1 when the output is
 * above 0.5, as a sigmoid's probability).
 */
public final class Metrics {

    private final List<String> classNames;
    private final int[][] confusion;
    private double lossSum;
    private long examples;
    private long correct;

    /** Totals for a data set with {@code classNames} (empty for regression: no accuracy then). */
    public Metrics(List<String> classNames) {
        this.classNames = List.copyOf(classNames);
        this.confusion = new int[classNames.size()][classNames.size()];
    }

    /**
     * The share of {@code inputs} that {@code model} classifies as their {@code labels} (class
     * indices), computed in evaluation mode without recording gradients; the model's mode is
     * restored afterwards.
     */
    public static double accuracy(Module model, Tensor inputs, Tensor labels) {
        boolean training = model.isTraining();
        model.eval();
        try (Autograd.NoGrad off = Autograd.noGrad()) {
            return Predictions.accuracy(model.forward(inputs), labels);
        } finally {
            model.train(training);
        }
    }

    /** Adds one batch: the network's {@code outputs}, the {@code targets} and the batch's mean loss. */
    public void add(Tensor outputs, Tensor targets, double batchLoss) {
        int n = targets.size(0);
        lossSum += batchLoss * n;
        examples += n;
        if (isClassification()) {
            int[] predicted = predictions(outputs, n);
            int[] actual = labels(targets, n);
            for (int i = 0; i < n; i++) {
                confusion[actual[i]][predicted[i]]++;
                correct += actual[i] == predicted[i] ? 1 : 0;
            }
        }
    }

    /** The mean loss per example so far; NaN before the first batch. */
    public double loss() {
        return examples == 0 ? Double.NaN : lossSum / examples;
    }

    /** The fraction of examples classified correctly; NaN for regression or before the first batch. */
    public double accuracy() {
        return examples == 0 || !isClassification() ? Double.NaN : (double) correct / examples;
    }

    /** How many examples were added. */
    public long count() {
        return examples;
    }

    /** {@code counts[t][p]}: how many examples of true class t were predicted as p (a copy). */
    public int[][] confusionCounts() {
        return Arrays.stream(confusion).map(int[]::clone).toArray(int[][]::new);
    }

    /** The confusion matrix as a heat map with the class names on the axes. */
    public HeatMapChart confusionMatrix() {
        requireClassification("confusionMatrix");
        return ConfusionMatrix.plot(confusion, classNames.toArray(String[]::new));
    }

    /** The confusion counts as a table: one row per true class, one column per predicted class. */
    public Table confusionTable() {
        requireClassification("confusionTable");
        Table table = Table.create("confusion (rows: true class, columns: predicted)",
                StringColumn.create("true", classNames));
        for (int p = 0; p < classNames.size(); p++) {
            int column = p;
            table.addColumns(IntColumn.create(classNames.get(p),
                    Arrays.stream(confusion).mapToInt(row -> row[column]).toArray()));
        }
        return table;
    }

    /** Such as {@code loss 0.2310, accuracy 0.9310 (2000 examples)}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "loss %.4f", loss())
                + (isClassification() ? String.format(Locale.ROOT, ", accuracy %.4f", accuracy()) : "")
                + " (" + examples + " examples)";
    }

    private boolean isClassification() {
        return !classNames.isEmpty();
    }

    private int[] predictions(Tensor outputs, int n) {
        if (outputs.dim() == 0 || outputs.size(0) != n) {
            throw new IllegalArgumentException("Metrics: outputs of shape " + Arrays.toString(outputs.shape())
                    + " do not hold one row for each of the batch's " + n + " examples");
        }
        int[] predicted = Predictions.classes(outputs);
        for (int i = 0; i < n; i++) {
            if (predicted[i] >= classNames.size()) {
                throw new IllegalArgumentException("Metrics: the network gives " + outputs.numel() / n
                        + " scores per example but the data set has " + classNames.size() + " classes " + classNames);
            }
        }
        return predicted;
    }

    private int[] labels(Tensor targets, int n) {
        boolean oneHot = targets.dim() == 2 && targets.size(1) == classNames.size() && classNames.size() > 1;
        double[] values = oneHot ? targets.argmax(1).toDoubleArray() : targets.reshape(-1).toDoubleArray();
        if (values.length != n) {
            throw new IllegalArgumentException("Metrics: targets of shape " + Arrays.toString(targets.shape())
                    + " are neither class indices [" + n + "] nor one-hot rows [" + n + ", " + classNames.size() + "]");
        }
        return Arrays.stream(values).mapToInt(v -> (int) v).toArray();
    }

    private void requireClassification(String what) {
        if (!isClassification()) {
            throw new IllegalStateException(what + ": these metrics are for regression (no class names), so there are no classes to confuse");
        }
    }
}
