package org.dendrite.tensor;

/**
 * What {@link Tensor#sort}, {@link Tensor#topk} and {@link Tensor#max(int)} give, as PyTorch's
 * {@code (values, indices)} pair: the values (differentiable) and where each came from along
 * the dimension (an int64 tensor, no gradient).
 */
public record ValuesAndIndices(Tensor values, Tensor indices) {
}
