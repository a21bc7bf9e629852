package org.dendrite.train;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.dendrite.data.Fold;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * K-fold cross-validation: a fresh model trained on each fold's training part and measured on
 * its held-out part, so that every example is held out once.
 *
 * <pre>{@code
 * Table scores = CrossValidation.run(data.kFold(5, 42), () -> {
 *     Module model = Models.mlp(784, 100, 10);
 *     return new Trainer(model, new SGD(model, 0.05).momentum(0.9), Losses::crossEntropy).epochs(3);
 * });
 * }</pre>
 */
public final class CrossValidation {

    private CrossValidation() {
    }

    /**
     * Trains a new trainer from {@code newTrainer} (a new model and optimizer each time) on each
     * fold. Returns one row per fold with the last epoch's figures: {@code fold, train_loss,
     * train_accuracy, val_loss, val_accuracy}; the table's name gives the mean and standard
     * deviation of the validation accuracy. An interrupted fold ends the run with the folds done.
     */
    public static Table run(List<Fold> folds, Supplier<Trainer> newTrainer) {
        if (folds.isEmpty()) {
            throw new IllegalArgumentException("CrossValidation: no folds; make them with dataset.kFold(k, seed)");
        }
        Table table = Table.create("cross-validation", IntColumn.create("fold"), DoubleColumn.create("train_loss"),
                DoubleColumn.create("train_accuracy"), DoubleColumn.create("val_loss"), DoubleColumn.create("val_accuracy"));
        for (int i = 0; i < folds.size(); i++) {
            History history = newTrainer.get().fit(folds.get(i));
            if (history.rowCount() > 0) {
                table.intColumn("fold").append(i + 1);
                for (String column : List.of("train_loss", "train_accuracy", "val_loss", "val_accuracy")) {
                    table.doubleColumn(column).append(history.last(column));
                }
            }
            if (history.isInterrupted()) {
                break;
            }
        }
        DoubleColumn accuracy = table.doubleColumn("val_accuracy");
        table.setName(String.format(Locale.ROOT, "%d-fold cross-validation: validation accuracy %.4f ± %.4f over %d folds",
                folds.size(), accuracy.mean(), accuracy.size() > 1 ? accuracy.standardDeviation() : 0.0, accuracy.size()));
        return table;
    }
}
