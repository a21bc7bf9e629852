/**
 * Dendrite's library: tensors and autograd, devices, layers, training, data sets, plots,
 * feature views and widgets for deep-learning notebooks. It never depends on the kernel; the kernel renders
 * its types. This package holds {@link org.dendrite.Dendrite#info()}, the notebooks' assertions
 * ({@link org.dendrite.Check}) and the argument checks that plots, embeddings and predictions
 * share ({@link org.dendrite.InputChecks}).
 *
 * <p>Uses: {@code org.dendrite.device}, {@code org.dendrite.tensor}, {@code org.dendrite.tensor.cpu}.
 */
package org.dendrite;
