/**
 * Internal: the contract between {@code Tensor} and the code that computes, one
 * {@link org.dendrite.tensor.backend.Backend} per kind of device working on its own
 * {@link org.dendrite.tensor.backend.Storage}, with the shape arithmetic
 * ({@link org.dendrite.tensor.backend.Shapes}) and gather positions both backends share. Public
 * only because Java has no friend packages; notebooks never see it.
 *
 * <p>Internal, for: {@code org.dendrite.tensor}, {@code org.dendrite.tensor.cpu},
 * {@code org.dendrite.tensor.cuda}.
 *
 * <p>Uses: {@code org.dendrite.device}, {@code org.dendrite.tensor}.
 */
package org.dendrite.tensor.backend;
