package org.dendrite.data;

/** One round of K-fold cross-validation: train on {@code train}, measure on {@code validation}. */
public record Fold(Dataset train, Dataset validation) {
}
