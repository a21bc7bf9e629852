/**
 * Training: {@link org.dendrite.train.Trainer#fit} for the common case (epochs of mini-batches,
 * validation, a {@link org.dendrite.train.History} table, live progress, early stopping,
 * checkpoints, learning-rate schedules), the loop's two halves in
 * {@link org.dendrite.train.TrainingLoop} for those who write their own,
 * {@link org.dendrite.train.Metrics} (loss, accuracy, confusion matrix; the accuracy of a model
 * on a data set in one call) and K-fold {@link org.dendrite.train.CrossValidation}. Besides the
 * JDK: Tablesaw and XChart.
 *
 * <p>Uses: {@code org.dendrite.data}, {@code org.dendrite.device}, {@code org.dendrite.display},
 * {@code org.dendrite.nn}, {@code org.dendrite.nn.loss}, {@code org.dendrite.optim},
 * {@code org.dendrite.plot}, {@code org.dendrite.tensor}.
 */
package org.dendrite.train;
