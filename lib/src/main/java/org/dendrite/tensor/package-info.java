/**
 * Tensors with reverse-mode autograd, the types a notebook uses: {@link org.dendrite.tensor.Tensor}
 * records the graph as it computes (each operation's local gradient beside its forward rule, in
 * the package-private op classes), {@link org.dendrite.tensor.Autograd} walks it backward,
 * {@link org.dendrite.tensor.DType}, {@link org.dendrite.tensor.GradCheck},
 * {@link org.dendrite.tensor.Svd}. The arithmetic is a backend's, per device: the internal
 * packages {@code tensor.backend} (the contract), {@code tensor.cpu} and {@code tensor.cuda}.
 *
 * <p>Uses: {@code org.dendrite.device}, {@code org.dendrite.display}, {@code org.dendrite.graph},
 * {@code org.dendrite.tensor.backend}, {@code org.dendrite.tensor.cpu}, {@code org.dendrite.tensor.cuda}.
 */
package org.dendrite.tensor;
