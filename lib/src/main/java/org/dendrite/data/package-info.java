/**
 * Data sets and mini-batches: MNIST (with a 10,000-digit sample inside the library, for work
 * without a network), Fashion-MNIST and CIFAR-10 read from their published files or downloaded
 * once into a {@link org.dendrite.data.DataCache}; the slides' toy problems
 * ({@link org.dendrite.data.ToySets}); {@link org.dendrite.data.Dataset} with splits, K-fold
 * cross-validation, {@link org.dendrite.data.Transforms}, a Tablesaw bridge and a grid of its
 * images; and {@link org.dendrite.data.DataLoader}, which turns a data set into
 * {@link org.dendrite.data.Batch}es of tensors. Besides the JDK: Tablesaw and XChart.
 *
 * <p>Uses: {@code org.dendrite.plot}, {@code org.dendrite.tensor}.
 */
package org.dendrite.data;
