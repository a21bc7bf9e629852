/**
 * Layers, networks and their state: {@link org.dendrite.nn.Module} and
 * {@link org.dendrite.nn.Sequential}, the layers of the slides and of PyTorch's {@code torch.nn}
 * (activations included, which the activation plots draw), initializers, ready-made
 * {@link org.dendrite.nn.Models}, the slides' layer table ({@link org.dendrite.nn.Module#summary}),
 * saved state, and {@link org.dendrite.nn.Predictions}, the one rule that reads a classifier's
 * outputs as classes. Losses live in {@code org.dendrite.nn.loss}. Besides the JDK: Tablesaw.
 *
 * <p>Uses: {@code org.dendrite}, {@code org.dendrite.device}, {@code org.dendrite.tensor}.
 */
package org.dendrite.nn;
