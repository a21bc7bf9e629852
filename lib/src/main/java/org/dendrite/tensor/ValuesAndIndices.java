package org.dendrite.tensor;

/**
 * What {@link Tensor#sort} and {@link Tensor#topk} give, as PyTorch's {@code (values, indices)}
 * pair: the values (differentiable) and where each came from along the sorted dimension (a
 * tensor of whole numbers in the input's element type, no gradient).
 */
public record ValuesAndIndices(Tensor values, Tensor indices) {
}
