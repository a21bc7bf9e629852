/**
 * Internal: the contract between {@code Tensor} and the code that computes, one
 * {@link org.dendrite.tensor.backend.Backend} per kind of device working on its own
 * {@link org.dendrite.tensor.backend.Storage}, with the shape arithmetic
 * ({@link org.dendrite.tensor.backend.Shapes}), gather positions and float32/float64 copies
 * ({@link org.dendrite.tensor.backend.Precision}) both backends share. Public
 * only because Java has no friend packages; notebooks never see it.
 *
 * <p>Internal, for: {@code org.dendrite.tensor}, {@code org.dendrite.tensor.cpu},
 * {@code org.dendrite.tensor.cuda}.
 *
 * <p>Uses: {@code org.dendrite.device}, {@code org.dendrite.tensor}.
 */
package org.dendrite.tensor.backend;
