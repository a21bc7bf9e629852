package org.dendrite.tensor;

/**
 * What {@link Tensor#sort}, {@link Tensor#topk} and {@link Tensor#max(int)} give, as PyTorch's
 * {@code (values, indices)} pair: the values (differentiable) and where each came from along
 * the dimension (a tensor of whole numbers in the input's element type, no gradient).
 */
public record ValuesAndIndices(Tensor values, Tensor indices) {
}
