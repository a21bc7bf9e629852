/** Layers, networks and losses: the vocabulary of the slides and of PyTorch's {@code torch.nn}. */
package org.dendrite.nn;
