/**
 * Layers, networks and their state: {@link org.dendrite.nn.Module} and
 * {@link org.dendrite.nn.Sequential}, the layers of the slides and of PyTorch's {@code torch.nn},
 * initializers, ready-made {@link org.dendrite.nn.Models}, and the slides' layer table
 * ({@link org.dendrite.nn.Module#summary}). Losses live in {@code org.dendrite.nn.loss}. Depends
 * on org.dendrite.tensor and Tablesaw.
 */
package org.dendrite.nn;
