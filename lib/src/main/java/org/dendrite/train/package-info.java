/**
 * Training: {@link org.dendrite.train.Trainer#fit} for the common case (epochs of mini-batches,
 * validation, a {@link org.dendrite.train.History} table, live progress, early stopping,
 * checkpoints, learning-rate schedules), the loop's two halves in
 * {@link org.dendrite.train.TrainingLoop} for those who write their own,
 * {@link org.dendrite.train.Metrics} (loss, accuracy, confusion matrix) and K-fold
 * {@link org.dendrite.train.CrossValidation}. Depends on org.dendrite.tensor, nn, optim, data,
 * plot, display and Tablesaw.
 */
package org.dendrite.train;
