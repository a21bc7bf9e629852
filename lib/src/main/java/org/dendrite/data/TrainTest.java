package org.dendrite.data;

/** A data set as published: its training examples and its held-out test examples. */
public record TrainTest(Dataset train, Dataset test) {
}
